package org.hearth.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Finds an enum's constant by its name, as a form field or a stored code gives it, and puts a code in words or in a
 * URL's form.
 */
public final class Enums {

    private Enums() {
    }

    /** The constant of {@code type} named exactly {@code name}, or empty when {@code name} is null or names none. */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return find(type, name, String::equals);
    }

    /** The constant of {@code type} named {@code text} in any case, white space around it ignored; else empty. */
    public static <E extends Enum<E>> Optional<E> namedIgnoringCase(Class<E> type, String text) {
        return find(type, text == null ? null : text.strip(), String::equalsIgnoreCase);
    }

    /** A stored code in words, as a sentence starts: {@code "REFER_TO_MARAC"} is "Refer to marac"; null for none. */
    public static String words(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A constant's name as URLs and element ids write it: {@code "FIRST_LANGUAGE"} is "first-language". */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> find(Class<E> type, String text, BiPredicate<String, String> same) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> same.test(e.name(), text)).findFirst();
    }
}
