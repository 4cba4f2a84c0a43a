package org.hearth.housing;

import java.util.UUID;

/** A typed id. */
public record RefugeProviderId(UUID value) {

    public RefugeProviderId {
        java.util.Objects.requireNonNull(value);
    }

    public static RefugeProviderId random() {
        return new RefugeProviderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
