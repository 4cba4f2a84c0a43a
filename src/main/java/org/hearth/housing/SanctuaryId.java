package org.hearth.housing;

import java.util.UUID;

/** A typed id. */
public record SanctuaryId(UUID value) {

    public SanctuaryId {
        java.util.Objects.requireNonNull(value);
    }

    public static SanctuaryId random() {
        return new SanctuaryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
