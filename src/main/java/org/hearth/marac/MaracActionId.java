package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies an action agreed at a MARAC meeting. */
public record MaracActionId(UUID value) implements TypedId {
    public MaracActionId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in {@code text}; IllegalArgumentException when it is not a UUID. */
    public static MaracActionId parse(String text) {
        return new MaracActionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
