package org.hearth.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input a module refuses, with a message per field (named as in its forms and its API), in the order found.
 * Nothing is written when it is thrown. Every module refuses input with this one exception: pages bind it to their
 * form with {@code platform.web.FormErrors}, and the API answers it as a 400 problem detail listing each field.
 * Messages name no person.
 */
public class InvalidInputException extends IllegalArgumentException {

    /** One invalid field and what to do about it. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
        this.problems = List.copyOf(problems);
    }

    /** Field name to message, in order. */
    public InvalidInputException(Map<String, String> errors) {
        this(errors.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList());
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem(field, message)));
    }

    /** Refuses the input when any field is in {@code errors} (field name to message, in order); else does nothing. */
    public static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Every problem, in the order found (a field may appear more than once). */
    public List<Problem> problems() {
        return problems;
    }

    /** The first message for each field, in the order found. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }

    /** The first field at fault. */
    public String field() {
        return problems.get(0).field();
    }
}
