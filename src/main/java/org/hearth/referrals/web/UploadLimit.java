package org.hearth.referrals.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit is refused before any controller runs; this says so plainly (413) rather than
 * showing a general error. The limit is {@code spring.servlet.multipart.max-file-size}.
 */
@ControllerAdvice
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        ModelAndView page = new ModelAndView("referrals/import-too-large");
        page.addObject("maxMegabytes", 50);
        return page;
    }
}
