package org.hearth.marac;

import java.util.UUID;

/** Identifies an action agreed at a MARAC meeting. */
public record MaracActionId(UUID value) {

    public MaracActionId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MaracActionId parse(String value) {
        return new MaracActionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
