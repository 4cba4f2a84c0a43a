package org.hearth.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the partner's worker is told of the perpetrator's programme: that he started, missed a session, completed or
 * stopped (with the reason), or a risk the programme wrote for her; never the programme's own notes.
 */
public record PartnerNotice(ProgrammeReferralId referral, String referralReference, String programmeName, Kind kind,
        LocalDate occurredOn, String words, Instant createdAt) {

    public enum Kind {
        STARTED, MISSED, ENDED, COMPLETED, RISK
    }
}
