package org.hearth.subjectaccess.internal;

import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.PersonId;
import org.hearth.subjectaccess.CorrectionId;
import org.hearth.subjectaccess.ProposedCorrection;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.springframework.stereotype.Component;

/**
 * What subject access writes to the audit trail: requests and proposed corrections by their ids, the person's own
 * trail for every reading of their record (a reason starting "subject access", which the output's "who has read your
 * record" leaves out), and never a value (the values before and after a correction are in the proposal and the
 * person's history).
 */
@Component
class SubjectAccessAudit {

    static final String RECORD_TYPE = "subject-access-request";
    static final String CORRECTION_TYPE = "subject-access-correction";

    private final AuditTrail audit;
    private final SubjectAccessStore store;

    SubjectAccessAudit(AuditTrail audit, SubjectAccessStore store) {
        this.audit = audit;
        this.store = store;
    }

    /** The person found for a new request, and the request made. */
    void opened(PersonId person, RequestId id) {
        audit.record(AuditAction.SEARCH, "person", List.of(person.toString()), "subject access request " + id);
        audit.record(AuditAction.CREATE, RECORD_TYPE, List.of(id.toString()), null);
    }

    void listed(List<SubjectAccessRequest> requests) {
        if (!requests.isEmpty()) {
            audit.record(AuditAction.SEARCH, RECORD_TYPE, requests.stream().map(q -> q.id().toString()).toList(),
                    "list of requests");
        }
    }

    void read(RequestId id) {
        audit.record(AuditAction.READ, RECORD_TYPE, List.of(id.toString()), null);
    }

    /** A change of the request ("identity checked", "extended", "item reviewed: RELEASE", "released"). */
    void changed(RequestId id, String what) {
        audit.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id.toString()), what);
    }

    /** The person's record gathered for the review of its flagged items. */
    void gathered(SubjectAccessRequest r) {
        audit.record(AuditAction.READ, "person", List.of(r.person().toString()), "subject access review " + r.id());
    }

    /** The person's record leaving Hearth (a download, the release). */
    void exported(SubjectAccessRequest r, String what) {
        audit.record(AuditAction.EXPORT, "person", List.of(r.person().toString()), what);
    }

    void proposed(CorrectionId id, RequestId on) {
        audit.record(AuditAction.CREATE, CORRECTION_TYPE, List.of(id.toString()), "proposed on " + on);
    }

    /** One proposal read: the proposal, and the person it is about (it shows their old and new values). */
    void proposalRead(ProposedCorrection c) {
        audit.record(AuditAction.READ, CORRECTION_TYPE, List.of(c.id().toString()), null);
        people(AuditAction.READ, List.of(c));
    }

    /** The request's proposals read: on the people's own trail. */
    void proposalsRead(List<ProposedCorrection> corrections) {
        people(AuditAction.READ, corrections);
    }

    /** The review list of corrections awaiting a second approver. */
    void awaitingSearched(List<ProposedCorrection> corrections) {
        if (!corrections.isEmpty()) {
            audit.record(AuditAction.SEARCH, CORRECTION_TYPE, corrections.stream().map(c -> c.id().toString())
                    .toList(), "corrections awaiting a second approver");
        }
        people(AuditAction.SEARCH, corrections);
    }

    /** The proposer trying to decide their own. */
    void ownDecisionRefused(CorrectionId id) {
        audit.recordRefusal(AuditAction.UPDATE, CORRECTION_TYPE, List.of(id.toString()),
                "four eyes: the proposer may not decide");
    }

    void approved(CorrectionId id, UUID correction, RequestId on) {
        audit.record(AuditAction.UPDATE, CORRECTION_TYPE, List.of(id.toString()),
                "approved: correction " + correction + " on " + on);
    }

    void rejected(CorrectionId id, RequestId on) {
        audit.record(AuditAction.UPDATE, CORRECTION_TYPE, List.of(id.toString()), "rejected on " + on);
    }

    /**
     * A correction shows the person's old and new name or date of birth: the read goes on the person's own trail too,
     * with a reason the subject access output leaves out of "who read your record".
     */
    private void people(AuditAction action, List<ProposedCorrection> corrections) {
        if (corrections.isEmpty()) {
            return;
        }
        audit.record(action, "person", store.peopleOf(corrections),
                "subject access: corrections proposed, with the values before and after");
    }
}
