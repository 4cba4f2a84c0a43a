package org.hearth.housing;

import java.util.UUID;

/** A typed id. */
public record RefugeReferralId(UUID value) {

    public RefugeReferralId {
        java.util.Objects.requireNonNull(value);
    }

    public static RefugeReferralId random() {
        return new RefugeReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
