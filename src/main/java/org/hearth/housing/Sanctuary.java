package org.hearth.housing;

import java.time.LocalDate;
import java.util.List;
import org.hearth.people.PersonId;

/**
 * A sanctuary referral as the current actor may see it.
 *
 * @param address the home's address in one line, or null when the actor is not the coordinator, the surveyor or the
 *     referring worker
 * @param mayManage the actor is the coordinator, the surveyor or the referring worker (records survey, jobs, marker,
 *     follow-up)
 */
public record Sanctuary(SanctuaryId id, String reference, PersonId person, LocalDate referredOn, String area,
        String address, Tenure tenure, LocalDate landlordConsentOn, boolean highRisk, String referringAgency,
        String coordinator, String surveyor, LocalDate surveyedOn, String surveyFindings,
        LocalDate markerRequestedOn, LocalDate markerConfirmedOn, LocalDate followUpDueOn, LocalDate followedUpOn,
        SanctuaryOutcome outcome, String outcomeNote, LocalDate closedOn, List<Job> jobs, boolean mayManage) {

    public Sanctuary {
        jobs = List.copyOf(jobs);
    }

    public boolean open() {
        return closedOn == null;
    }

    /** One job. */
    public record Job(SanctuaryJobId id, String reference, Measure measure, String detail, String contractor,
            LocalDate bookedOn, Long costPence, LocalDate fittedOn, LocalDate safetyCheckedOn) {
    }
}
