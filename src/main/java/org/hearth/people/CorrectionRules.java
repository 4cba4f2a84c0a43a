package org.hearth.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a correction of a person's record (UK GDPR Art. 16) must satisfy, wherever it is made: on the person's page
 * ({@link People#correct}) or proposed for a subject access request. Pure: no database, no clock (today is given).
 */
public final class CorrectionRules {

    /** The longest new value, and the longest "who asked". */
    static final int VALUE_MAX = 200;
    /** The longest reason. */
    static final int REASON_MAX = 2000;

    private CorrectionRules() {
    }

    /**
     * What is wrong with a correction, a message per field in the form's order ({@code field}, {@code newValue},
     * {@code reason}, {@code requestedBy}); empty when it may be made. Values are compared and measured trimmed.
     *
     * @param recorded the value the record holds now for {@code field} (as text; a date as {@code 1985-07-12}), or null
     */
    public static Map<String, String> errors(PersonCorrection.Field field, String recorded, String newValue,
            String reason, String requestedBy, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String value = trimmed(newValue);
        if (field == null) {
            errors.put("field", "Choose the field to correct");
        }
        if (value == null) {
            errors.put("newValue", "Enter the correct value");
        } else if (value.length() > VALUE_MAX) {
            errors.put("newValue", "The correct value must be " + VALUE_MAX + " characters or fewer");
        } else if (field == PersonCorrection.Field.DATE_OF_BIRTH) {
            try {
                if (LocalDate.parse(value).isAfter(today)) {
                    errors.put("newValue", "The date of birth must be in the past");
                }
            } catch (DateTimeParseException e) {
                errors.put("newValue", "Enter a real date of birth");
            }
        }
        if (field != null && value != null && value.equals(recorded) && !errors.containsKey("newValue")) {
            errors.put("newValue", "Enter a value different from the one recorded");
        }
        String why = trimmed(reason);
        if (why == null) {
            errors.put("reason", "Enter the reason for the correction");
        } else if (why.length() > REASON_MAX) {
            errors.put("reason", "The reason must be " + REASON_MAX + " characters or fewer");
        }
        String who = trimmed(requestedBy);
        if (who == null) {
            errors.put("requestedBy", "Enter who asked for the correction");
        } else if (who.length() > VALUE_MAX) {
            errors.put("requestedBy", "Who asked for the correction must be " + VALUE_MAX + " characters or fewer");
        }
        return errors;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
