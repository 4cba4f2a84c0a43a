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

    /** Not returned after its due day (research due today is not overdue until tomorrow). */
    public boolean overdue(LocalDate today) {
        return !returned() && dueOn.isBefore(today);
    }

    /** Its state in words for a list: "Returned", "Overdue", "Overdue: chased", "Chased" or "To do". */
    public String state(LocalDate today) {
        String chased = chasedAt != null ? "Chased" : null;
        return returned() ? "Returned" : overdue(today) ? (chased == null ? "Overdue" : "Overdue: chased")
                : chased == null ? "To do" : chased;
    }
}
