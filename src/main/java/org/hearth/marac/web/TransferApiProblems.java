package org.hearth.marac.web;

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

/** Problem details for the MARAC transfer API: a refused file is a 400 naming field {@code file} and why. */
@RestControllerAdvice(assignableTypes = TransferApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransferApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join(" ", e.errors().values()));
        problem.setTitle(e.errors().containsKey("file") ? "Transfer file refused" : "Invalid request");
        problem.setProperty("errors", e.errors().entrySet().stream()
                .map(x -> new FieldProblem(x.getKey(), x.getValue())).toList());
        return problem;
    }

    @ExceptionHandler(java.util.NoSuchElementException.class)
    ProblemDetail notFound(java.util.NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such partner.");
        problem.setTitle("Not found");
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
