package org.hearth.marac;

import java.util.UUID;

/** Identifies a referral to MARAC. */
public record MaracReferralId(UUID value) {

    public MaracReferralId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MaracReferralId random() {
        return new MaracReferralId(UUID.randomUUID());
    }

    public static MaracReferralId parse(String value) {
        return new MaracReferralId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
