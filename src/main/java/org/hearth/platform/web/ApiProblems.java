package org.hearth.platform.web;

import org.hearth.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem details for every {@code @RestController}, the one handler of the API's errors (modules add
 * none of their own): invalid fields are listed by name under {@code errors}, named as in the request's JSON
 * (through the module's {@link ApiFieldNames} where its names differ); a record not found is a 404; a refusal by
 * method security a 403; an unreachable database a 503; unexpected failures are logged with an id (never personal
 * data) and answered without detail.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String INVALID = "Some fields are not valid, so nothing was saved.";

    private final ObjectProvider<ApiFieldNames> fieldNames;

    public ApiProblems(ObjectProvider<ApiFieldNames> fieldNames) {
        this.fieldNames = fieldNames;
    }

    /** One invalid field. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID);
        problem.setTitle("Invalid request");
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint, or has a field it does not accept.");
        problem.setTitle("Unreadable request");
        fieldProblem(ex).ifPresent(p -> problem.setProperty("errors", List.of(p)));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The field at fault in an unreadable body, named by its JSON path (e.g. {@code victim.dateOfBirth}), with a
     * message that never echoes the value sent (it may be personal data).
     */
    static Optional<FieldProblem> fieldProblem(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String path = path(unknown.getPath());
            return Optional.of(new FieldProblem(path, "Not a field of this request; remove it"));
        }
        if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            String message = isTextProblem(bind) ? bind.getOriginalMessage()
                    : bind instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()
                    ? "Not one of the allowed codes: " + String.join(", ", java.util.Arrays
                            .stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf).toList())
                    : "Not in the expected format" + expected(bind);
            return Optional.of(new FieldProblem(path(bind.getPath()), message));
        }
        return Optional.empty();
    }

    /** Text refused by {@link org.hearth.platform.input.TextRules}: its message says what to remove. */
    public static boolean isTextProblem(DatabindException bind) {
        return bind instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                && invalid.getValue() == null;
    }

    private static String expected(DatabindException bind) {
        if (bind instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type == java.time.LocalDate.class) {
                return " (a date, like 2026-03-27)";
            }
            if (type == java.time.LocalTime.class) {
                return " (a 24-hour time, like 21:30)";
            }
        }
        return "";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + ex.getName() + "' is not in the expected format.");
        problem.setTitle("Invalid request");
        String message = "Not in the expected format";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof org.hearth.platform.input.InvalidTextException text) {
                message = text.getMessage();
            }
        }
        problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), message)));
        return problem;
    }

    /** Input a module refused: 400 with each field's message, in the order found, the field named as in the JSON. */
    @ExceptionHandler(org.hearth.platform.InvalidInputException.class)
    ProblemDetail invalidInput(org.hearth.platform.InvalidInputException ex, HandlerMethod handler) {
        UnaryOperator<String> json = jsonNames(handler);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> new FieldProblem(json.apply(p.field()), p.message()))
                .toList());
        return problem;
    }

    /** The JSON names of the controller that threw, where its module declares them; the module's names otherwise. */
    private UnaryOperator<String> jsonNames(HandlerMethod handler) {
        if (handler == null) {
            return UnaryOperator.identity();
        }
        Class<?> controller = handler.getBeanType();
        return fieldNames.orderedStream().filter(names -> names.controllers().contains(controller))
                .<UnaryOperator<String>>map(names -> names::json).findFirst().orElse(UnaryOperator.identity());
    }

    @ExceptionHandler(org.hearth.platform.input.InvalidTextException.class)
    ProblemDetail invalidText(org.hearth.platform.input.InvalidTextException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(
                ex.field() == null ? "" : org.hearth.platform.input.TextRules.strip(ex.field()), ex.getMessage())));
        return problem;
    }

    /** A refusal by method security ({@code @PreAuthorize}, need-to-know): 403, as Spring Security answers others. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail denied(org.springframework.security.access.AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You do not have permission to do this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such record.");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (DatabaseUnavailable.causedBy(ex)) {
            log.warn("Database unavailable: API request answered 503 ({})", ex.getClass().getSimpleName());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Hearth cannot reach its database just now. Nothing was saved; try again in a minute.");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        String id = UUID.randomUUID().toString();
        log.error("Unexpected API failure {}", id, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong in Hearth. Nothing was saved. Quote this reference: " + id);
        problem.setProperties(Map.of("reference", id));
        return ResponseEntity.internalServerError().body(problem);
    }
}
