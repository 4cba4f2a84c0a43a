package org.hearth.casework.internal;

import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.casework.Case;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.ContactMethod;
import org.hearth.casework.ContactOutcome;
import org.hearth.casework.Engagement;
import org.hearth.casework.HandoverId;
import org.hearth.casework.NoteType;
import org.hearth.casework.RiskStage;
import org.hearth.casework.ServiceKind;
import org.hearth.casework.SupportNeed;
import org.hearth.casework.SupportStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * What casework writes to the audit trail: every read of a case or a list of cases as a read of the person
 * (record type {@code person}, so the person's audit shows it), every write with its record, the case and the
 * person, and a refused second referral. Reasons never hold personal data: kinds, statuses and ids.
 */
@Component
class CaseworkAudit {

    static final String CASE = "casework-case";

    private final AuditTrail audit;

    CaseworkAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void referred(UUID caseId, PersonId person, ServiceKind kind) {
        audit.record(AuditAction.CREATE, CASE, List.of(caseId.toString(), person.toString()), "referred to " + kind);
    }

    /** A referral refused because another service's case is open: kept even though the referral is refused. */
    void referredAgainWhileOpen(UUID open, PersonId person, AgencyId by) {
        audit.recordRefusal(AuditAction.CREATE, CASE, List.of(open.toString(), person.toString()),
                "referred again while open, by " + by);
    }

    /** A case placed by an event, without a signed-in user: recorded for the hub's triage decision. */
    void placed(UUID caseId, PersonId person, CaseSource source, UUID sourceId) {
        audit.recordFor(JdbcCasework.TRIAGE_READER, null, AuditAction.CREATE, CASE,
                List.of(caseId.toString(), person.toString()), "from " + source + " " + sourceId);
    }

    void read(Case c, String what) {
        audit.record(AuditAction.READ, "person", List.of(c.person().toString(), c.id().toString()),
                "casework: " + what);
    }

    /** A list of cases, as a read of each person on it; nothing when the list is empty. */
    void listed(List<Case> cases, String what) {
        if (!cases.isEmpty()) {
            audit.record(AuditAction.READ, "person", cases.stream().map(c -> c.person().toString()).toList(),
                    "casework: " + what);
        }
    }

    void allocated(Case c, StaffUserId worker) {
        audit.record(AuditAction.UPDATE, CASE, ids(c), "allocated to " + worker);
    }

    void handoverRequested(UUID handover, Case c, CaseServiceId to, StaffUserId toWorker) {
        audit.record(AuditAction.CREATE, "casework-handover", ids(handover, c),
                "to service " + to + (toWorker == null ? "" : ", worker " + toWorker));
    }

    void handoverAccepted(HandoverId handover, Case c) {
        audit.record(AuditAction.UPDATE, "casework-handover", ids(handover.value(), c), "accepted");
    }

    void contact(UUID contact, Case c, ContactMethod method, ContactOutcome outcome, boolean unsafe) {
        audit.record(AuditAction.CREATE, "casework-contact", ids(contact, c),
                method + " " + outcome + (unsafe ? " ON A CHANNEL MARKED UNSAFE: escalated" : ""));
    }

    void unsafeChannelAcknowledged(UUID contact, Case c) {
        audit.record(AuditAction.UPDATE, "casework-contact", ids(contact, c), "unsafe channel acknowledged");
    }

    void engagement(Case c, Engagement engagement) {
        audit.record(AuditAction.UPDATE, CASE, ids(c), "engagement " + engagement);
    }

    void note(UUID note, Case c, NoteType type) {
        audit.record(AuditAction.CREATE, "casework-note", ids(note, c), type.name());
    }

    void safetyPlan(Case c, int version) {
        audit.record(AuditAction.CREATE, "casework-safety-plan", ids(c), "version " + version);
    }

    void supportAdded(UUID item, Case c, SupportNeed need) {
        audit.record(AuditAction.CREATE, "casework-support", ids(item, c), need.name());
    }

    void supportUpdated(UUID item, Case c, SupportStatus status) {
        audit.record(AuditAction.UPDATE, "casework-support", ids(item, c), status.name());
    }

    void riskReview(UUID review, Case c, RiskStage stage) {
        audit.record(AuditAction.CREATE, "casework-risk-review", ids(review, c), stage.name());
    }

    private static List<String> ids(Case c) {
        return List.of(c.id().toString(), c.person().toString());
    }

    private static List<String> ids(UUID record, Case c) {
        return List.of(record.toString(), c.id().toString(), c.person().toString());
    }
}
