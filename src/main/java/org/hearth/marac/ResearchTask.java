package org.hearth.marac;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.partnership.AgencyId;

/**
 * One member agency's research on one case for one meeting, due before the meeting, with what it returned.
 *
 * @param answers null until returned
 * @param chasedAt when the coordinator last chased it, or null
 */
public record ResearchTask(UUID id, MaracMeetingId meeting, LocalDate meetsOn, MaracReferralId referral,
        String reference, AgencyId agency, LocalDate dueOn, ResearchAnswers answers, String returnedBy,
        Instant returnedAt, Instant chasedAt) {

    public boolean returned() {
        return returnedAt != null;
    }
}
