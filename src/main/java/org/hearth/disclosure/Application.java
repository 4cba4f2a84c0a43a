package org.hearth.disclosure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/**
 * One application as the disclosure team sees it. The applicant, the person at risk, the subject and the person who
 * received a disclosure are recorded separately (under a third-party application the disclosure normally goes to
 * the person at risk).
 */
public record Application(ApplicationId id, String reference, Route route, LocalDate receivedOn, Party applicant,
        String applicantRelationship, Party personAtRisk, Party subject, boolean immediateRisk,
        String immediateRiskAction, List<StageEntry> stages, List<CheckRequest> checks, Decision decision,
        String decisionRecordedBy, LocalDate closedOn, Party recipient, String deliveredBy, String safetyPlan,
        String noDisclosureReason, String recordedBy, RiskLevel riskLevel, LocalDate riskAssessedOn) {

    /** The target of the whole process, in calendar days (statutory guidance, April 2023). */
    public static final int TARGET_DAYS = 28;

    /** A person on the application, with their name and date of birth for the team. */
    public record Party(PersonId id, String name, LocalDate dateOfBirth) {
    }

    public record StageEntry(Stage stage, LocalDate on, String note, String recordedBy) {
    }

    /** A question to an agency holding a record about the subject, and its answer (the agency's words only). */
    public record CheckRequest(java.util.UUID id, AgencyId agency, String agencyName, LocalDate requestedOn,
            LocalDate dueOn, LocalDate respondedOn, Boolean holdsInformation, String response, String respondedBy) {

        public boolean answered() {
            return respondedOn != null;
        }
    }

    public LocalDate dueOn() {
        return dueOn(receivedOn);
    }

    /** The 28-day target: the day the application should be closed by. */
    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusDays(TARGET_DAYS);
    }

    public boolean open() {
        return closedOn == null;
    }

    /** The 28 days: what they run to, and whether they still run. */
    public DisclosureClock clock() {
        return new DisclosureClock(receivedOn, decision == null ? null : decision.forumOn(),
                decision == null ? null : decision.disclose(), closedOn);
    }

    /** The 28 days still running after the due day (never after a decision not to disclose). */
    public boolean overdue(LocalDate today) {
        return clock().overdue(today);
    }

    /** Days from receipt to closing (or to today while open). */
    public long daysTaken(LocalDate today) {
        return ChronoUnit.DAYS.between(receivedOn, open() ? today : closedOn);
    }

    public Optional<StageEntry> stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** Whether the forum decided to disclose; empty before the forum. */
    public Optional<Boolean> disclosed() {
        return decision == null ? Optional.empty() : Optional.of(Boolean.TRUE.equals(decision.disclose()));
    }
}
