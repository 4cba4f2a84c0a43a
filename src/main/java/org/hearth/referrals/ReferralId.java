package org.hearth.referrals;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a referral. */
public record ReferralId(UUID value) implements Serializable {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
