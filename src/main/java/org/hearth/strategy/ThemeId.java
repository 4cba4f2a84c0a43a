package org.hearth.strategy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record ThemeId(UUID value) implements TypedId {
    public ThemeId {
        Objects.requireNonNull(value, "value");
    }

    public static ThemeId random() {
        return new ThemeId(UUID.randomUUID());
    }

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static Optional<ThemeId> parse(String text) {
        return TypedId.parse(text, ThemeId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
