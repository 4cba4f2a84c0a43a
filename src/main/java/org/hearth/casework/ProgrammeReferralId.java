package org.hearth.casework;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A referral of a perpetrator to a programme. */
public record ProgrammeReferralId(UUID value) implements TypedId {
    public ProgrammeReferralId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
