package org.hearth.disclosure.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.ApiProblems.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Problem details for the disclosure API, ahead of the platform's: an invalid application or decision names
 * each field; unreadable JSON names the field at fault; an unknown application is a 404; a refusal goes back to Spring Security.
 */
@RestControllerAdvice(assignableTypes = DisclosureApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DisclosureApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid, so nothing was saved.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.problems().stream().map(p -> new FieldProblem(p.field(), p.message()))
                .toList());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no such application.");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint, or has a field it does not accept.");
        problem.setTitle("Unreadable request");
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = String.join(".", jackson.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                        .toList());
                String message = cause instanceof UnrecognizedPropertyException
                        ? "Not a field of this request"
                        : cause instanceof tools.jackson.databind.DatabindException bind
                                && org.hearth.platform.web.ApiProblems.isTextProblem(bind)
                                ? bind.getOriginalMessage() : "Not in the expected format";
                problem.setProperty("errors", List.of(new FieldProblem(field, message)));
                break;
            }
        }
        return problem;
    }

    /** Lets Spring Security answer (403 problem detail), as it does for every other refusal. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }
}
