package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a referral to MARAC. */
public record MaracReferralId(UUID value) implements TypedId {
    public MaracReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static MaracReferralId random() {
        return new MaracReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
