package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a MARAC. */
public record MaracId(UUID value) implements TypedId {
    public MaracId {
        Objects.requireNonNull(value, "value");
    }

    public static MaracId random() {
        return new MaracId(UUID.randomUUID());
    }

    /** The id in {@code text}; IllegalArgumentException when it is not a UUID. */
    public static MaracId parse(String text) {
        return new MaracId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
