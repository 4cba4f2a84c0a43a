package org.hearth.casework;

import java.util.UUID;

/** A referral of a perpetrator to a programme. */
public record ProgrammeReferralId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
