package org.hearth.marac;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input the marac module refused, with a message per field (in the order of the form): pages show them as field
 * errors with an error summary, the API as problem details. Nothing was written.
 */
public class InvalidMaracInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidMaracInputException(Map<String, String> errors) {
        super("Invalid input: " + String.join(", ", errors.keySet()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name to message, in the order given. */
    public Map<String, String> errors() {
        return errors;
    }
}
