package org.hearth.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input the strategy module refuses, with a message per field (named as in the forms and the API), in order.
 * Nothing is written when it is thrown.
 */
public class StrategyInputException extends IllegalArgumentException {

    private final Map<String, String> errors;

    public StrategyInputException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static StrategyInputException of(String field, String message) {
        return new StrategyInputException(Map.of(field, message));
    }

    /** Field name to message, in the order found. */
    public Map<String, String> errors() {
        return errors;
    }
}
