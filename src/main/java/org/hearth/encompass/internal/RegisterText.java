package org.hearth.encompass.internal;

import java.util.Map;

/**
 * What the schools and GP practices registers both ask of a typed name or e-mail address: given, stripped and not too
 * long; a refusal is put in the page's map of errors under the field's name.
 */
final class RegisterText {

    /** An e-mail address as the registers accept it: something, an @, a domain with a dot. */
    static final String EMAIL = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+";

    private RegisterText() {
    }

    /** The text given, stripped ("" for none); {@code message} on {@code field} when empty or over {@code max}. */
    static String required(String given, int max, String field, String message, Map<String, String> errors) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty() || text.length() > max) {
            errors.put(field, message);
        }
        return text;
    }

    /** The address given, stripped ("" for none); {@code message} on {@code field} unless it is an e-mail address. */
    static String email(String given, String field, String message, Map<String, String> errors) {
        String address = given == null ? "" : given.strip();
        if (!address.matches(EMAIL) || address.length() > 320) {
            errors.put(field, message);
        }
        return address;
    }
}
