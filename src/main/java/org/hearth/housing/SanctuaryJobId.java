package org.hearth.housing;

import java.util.UUID;

/** A typed id. */
public record SanctuaryJobId(UUID value) {

    public SanctuaryJobId {
        java.util.Objects.requireNonNull(value);
    }

    public static SanctuaryJobId random() {
        return new SanctuaryJobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
