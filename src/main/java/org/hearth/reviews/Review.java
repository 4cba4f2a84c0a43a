package org.hearth.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/**
 * One death review as a coordinator or a panel member sees it. The clocks are fixed when they start, from the
 * configured periods: the decision is due {@code decisionDueOn} (by default a month after the notification), the
 * review's completion {@code completionDueOn} (by default six months after the decision to hold it).
 */
public record Review(ReviewId id, String reference, String pseudonym, Party deceased, Party perpetrator,
        LocalDate diedOn, LocalDate notifiedOn, AgencyId notifyingAgency, String notifyingAgencyName,
        String circumstances, LocalDate decisionDueOn, LocalDate decidedOn, Boolean hold, String decisionRationale,
        LocalDate homeOfficeToldOn, LocalDate completionDueOn, String chair, LocalDate closedOn, StaffUserId openedBy,
        String openedByName, List<PanelMember> panel, List<AgencyRequest> requests, List<StageEntry> stages,
        List<Recommendation> recommendations) {

    public Review {
        panel = List.copyOf(panel);
        requests = List.copyOf(requests);
        stages = List.copyOf(stages);
        recommendations = List.copyOf(recommendations);
    }

    /** A person on the review, named for the coordinator and the panel. */
    public record Party(PersonId id, String name) {
    }

    /** A named member of the panel and their agency. */
    public record PanelMember(StaffUserId user, String name, AgencyId agency, String agencyName, LocalDate addedOn) {
    }

    /** A chronology or individual management review asked of an agency, and its return. */
    public record AgencyRequest(UUID id, AgencyId agency, String agencyName, RequestKind kind, LocalDate requestedOn,
            LocalDate dueOn, LocalDate returnedOn) {

        public boolean returned() {
            return returnedOn != null;
        }

        public boolean overdue(LocalDate today) {
            return returnedOn == null && today.isAfter(dueOn);
        }
    }

    public record StageEntry(UUID id, Stage stage, LocalDate on, String note, String recordedBy) {
    }

    /** A recommendation tracked as an action. */
    public record Recommendation(UUID id, int number, String text, String theme, AgencyId owner, String ownerName,
            LocalDate dueOn, RecommendationStatus status, LocalDate completedOn, String evidence) {

        /** Not completed after its due day. */
        public boolean overdue(LocalDate today) {
            return status != RecommendationStatus.DONE && today.isAfter(dueOn);
        }
    }

    /** Where the review is. */
    public enum Status {
        AWAITING_DECISION("Awaiting the decision"),
        IN_PROGRESS("Review in progress"),
        NOT_HELD("Not held (Home Office told)"),
        PUBLISHED("Published");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Status status() {
        if (decidedOn == null) {
            return Status.AWAITING_DECISION;
        }
        if (!Boolean.TRUE.equals(hold)) {
            return Status.NOT_HELD;
        }
        return closedOn == null ? Status.IN_PROGRESS : Status.PUBLISHED;
    }

    public boolean open() {
        return closedOn == null;
    }

    /** The clock running now: the decision's until it is made, then the completion's; none once closed. */
    public LocalDate dueOn() {
        if (!open()) {
            return null;
        }
        return decidedOn == null ? decisionDueOn : completionDueOn;
    }

    /** Open after the due day of the clock running now. */
    public boolean overdue(LocalDate today) {
        LocalDate due = dueOn();
        return due != null && today.isAfter(due);
    }

    public boolean reached(Stage stage) {
        return stages.stream().anyMatch(s -> s.stage() == stage);
    }

    /** Whether this member of staff is on the panel. */
    public boolean onPanel(StaffUserId user) {
        return panel.stream().anyMatch(m -> m.user().equals(user));
    }
}
