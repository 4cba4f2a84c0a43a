package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;

/** The problems found in one piece of input, in the order found (a field may have more than one). */
final class Problems {

    private final LocalDate today;
    private final List<Problem> found = new ArrayList<>();

    Problems(LocalDate today) {
        this.today = today;
    }

    Problems add(String field, String message) {
        found.add(new Problem(field, message));
        return this;
    }

    Problems addAll(List<Problem> more) {
        found.addAll(more);
        return this;
    }

    /** Text longer than {@code max}: "{what} must be {max} characters or fewer". */
    Problems length(String field, String text, int max, String what) {
        if (text != null && text.length() > max) {
            add(field, what + " must be " + max + " characters or fewer");
        }
        return this;
    }

    /** A date after today: "{what} must be today or in the past". */
    Problems notFuture(String field, LocalDate date, String what) {
        if (date != null && date.isAfter(today)) {
            add(field, what + " must be today or in the past");
        }
        return this;
    }

    /**
     * A date that is required ({@code missing}), not before {@code earliest} ({@code early}) and not in the future
     * ("{what} must be today or in the past").
     */
    Problems dateFrom(String field, LocalDate date, LocalDate earliest, String missing, String early, String what) {
        if (date == null) {
            add(field, missing);
        } else if (date.isBefore(earliest)) {
            add(field, early);
        }
        return notFuture(field, date, what);
    }

    List<Problem> list() {
        return List.copyOf(found);
    }

    /** Refuses the input when anything was found. */
    static void refuseAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
