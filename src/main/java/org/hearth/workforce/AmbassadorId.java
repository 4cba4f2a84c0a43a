package org.hearth.workforce;

import java.util.Objects;
import java.util.UUID;

/** Identifies a DV ambassador in the register. */
public record AmbassadorId(UUID value) {

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
