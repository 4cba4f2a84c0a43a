package org.hearth.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hearth.audit.NotAudited;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container catches ends here: a GOV.UK page for people, an RFC 9457 problem detail for
 * {@code /api}, never a stack trace or exception text. Reached directly, {@code /error} is a missing page.
 */
@Controller
@NotAudited("error pages show no record data")
class ErrorPages implements ErrorController {

    private final String maxUpload;

    ErrorPages(@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
            String maxUpload) {
        this.maxUpload = maxUpload.replaceAll("(?i)(\\d+)\\s*MB", "$1 MB");
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        String view = status == HttpStatus.NOT_FOUND ? "error/404"
                : status == HttpStatus.CONTENT_TOO_LARGE ? "error/413"
                : status.is4xxClientError() ? "error/4xx" : "error/5xx";
        ModelAndView page = new ModelAndView(view);
        page.addObject("maxUpload", maxUpload);
        page.addObject("status", status.value());
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(status.is5xxServerError() ? "Something went wrong in Hearth. Nothing was saved; try again later."
                : status == HttpStatus.NOT_FOUND ? "There is nothing at this address."
                : status == HttpStatus.CONTENT_TOO_LARGE ? "The request is larger than Hearth accepts (" + maxUpload + ")."
                : "The request could not be processed.");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return HttpStatus.NOT_FOUND;
    }
}
