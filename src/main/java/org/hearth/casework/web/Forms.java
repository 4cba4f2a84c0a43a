package org.hearth.casework.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reading what was typed into the casework pages' forms (posted as plain fields). */
final class Forms {

    private Forms() {
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The constant named, or null for blank or unknown (the module then names the field). */
    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return org.hearth.platform.web.FormErrors.constant(type, value);
    }

    /** An id chosen from a list, or null when blank; text that is not an id becomes a random (unknown) id. */
    static <T> T id(String text, Function<UUID, T> make) {
        return org.hearth.platform.web.FormErrors.id(text, make);
    }

    static Integer integer(String text, String field, String message, Map<String, String> errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** The time typed as hours and minutes ("14:30"); null when blank; anything else is an error here. */
    static java.time.LocalTime time(Map<String, String> form, String field, Map<String, String> errors) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "Enter the time as hours and minutes, for example 14:30");
            return null;
        }
    }
}
