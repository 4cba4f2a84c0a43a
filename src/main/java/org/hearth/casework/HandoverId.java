package org.hearth.casework;

import java.util.UUID;

/** Identifies a Handover of the casework module. */
public record HandoverId(UUID value) {

    public HandoverId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static HandoverId random() {
        return new HandoverId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
