package org.hearth.marac;

import java.util.UUID;

/** Identifies a MARAC. */
public record MaracId(UUID value) {

    public MaracId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MaracId random() {
        return new MaracId(UUID.randomUUID());
    }

    public static MaracId parse(String value) {
        return new MaracId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
