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

    @Override
    public String toString() {
        return value.toString();
    }
}
