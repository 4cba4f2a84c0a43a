package org.hearth.casework.web;

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

/** Problem details for the casework API: each invalid field named as in the JSON; refusals left to Spring Security. */
@RestControllerAdvice(assignableTypes = CaseworkApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid, so nothing was saved.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors().entrySet().stream()
                .map(x -> new FieldProblem(x.getKey().equals("service") ? "serviceId" : x.getKey(), x.getValue()))
                .toList());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint, or has a field or value it does not accept.");
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }
}
