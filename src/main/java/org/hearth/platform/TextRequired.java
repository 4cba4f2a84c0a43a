package org.hearth.platform;

import java.util.Map;

/** What a module's input rules ask of a required text, each refusal put on the field's name. */
public final class TextRequired {

    private TextRequired() {
    }

    /**
     * The text stripped, or null when none is given: {@code missing} on {@code field} when it is blank, and
     * {@code tooLong} when, stripped, it is longer than {@code max} characters.
     */
    public static String check(Map<String, String> errors, String field, String text, int max, String missing,
            String tooLong) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t == null) {
            errors.put(field, missing);
        } else if (t.length() > max) {
            errors.put(field, tooLong);
        }
        return t;
    }
}
