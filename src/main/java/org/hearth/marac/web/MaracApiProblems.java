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

/** Problem details for the MARAC API: each invalid field named; refusals left to Spring Security (403). */
@RestControllerAdvice(assignableTypes = {MaracApi.class, MaracMeetingApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MaracApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid, so nothing was saved.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors().entrySet().stream()
                .map(x -> new FieldProblem(api(x.getKey()), x.getValue())).toList());
        return problem;
    }

    /** Field names of the module to those of the request's JSON. */
    private static String api(String field) {
        return switch (field) {
            case "perpetrators" -> "perpetratorIds";
            case "marac" -> "maracId";
            case "owner" -> "ownerId";
            default -> field;
        };
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
