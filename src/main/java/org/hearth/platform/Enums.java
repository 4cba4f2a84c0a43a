package org.hearth.platform;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Finds an enum's constant by its name, as a form field or a stored code gives it. */
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

    private static <E extends Enum<E>> Optional<E> find(Class<E> type, String text, BiPredicate<String, String> same) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> same.test(e.name(), text)).findFirst();
    }
}
