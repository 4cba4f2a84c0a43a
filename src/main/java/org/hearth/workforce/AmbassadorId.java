package org.hearth.workforce;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a DV ambassador in the register. */
public record AmbassadorId(UUID value) implements TypedId {
    public AmbassadorId {
        Objects.requireNonNull(value, "value");
    }

    public static AmbassadorId random() {
        return new AmbassadorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
