package org.hearth.platform;

import java.time.LocalDate;
import java.util.Map;

/** What a module's input rules ask of a day that has happened, each refusal put on the field's name. */
public final class DateRules {

    private DateRules() {
    }

    /**
     * Puts {@code missing} on {@code field} when there is no date and {@code future} when it is after {@code today};
     * true when the date is given and not in the future, so the caller goes on to its own checks of it.
     */
    public static boolean past(Map<String, String> errors, String field, LocalDate date, LocalDate today,
            String missing, String future) {
        if (date == null) {
            errors.put(field, missing);
        } else if (date.isAfter(today)) {
            errors.put(field, future);
        }
        return date != null && !date.isAfter(today);
    }
}
