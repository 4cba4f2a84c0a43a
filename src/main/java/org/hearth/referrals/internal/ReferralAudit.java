package org.hearth.referrals.internal;

import java.util.List;
import java.util.Set;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AreaId;
import org.hearth.people.PersonId;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.TriageOutcome;
import org.springframework.stereotype.Component;

/**
 * What referrals write to the audit trail, by id only: a referral made, read (by a member of staff, or by a module
 * acting on a duty, one entry a referral) or refused, the queues and the hub's agenda searched, and the hub's
 * decisions (a link confirmed, an area chosen, triage).
 */
@Component
class ReferralAudit {

    static final String TYPE = "referral";

    private final AuditTrail audit;

    ReferralAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void created(ReferralId id, PersonId victim) {
        audit.record(AuditAction.CREATE, TYPE, List.of(id.toString(), victim.toString()), null);
    }

    void read(Referral r) {
        audit.record(AuditAction.READ, TYPE, List.of(r.id().toString(), r.victim().toString()), null);
    }

    void refused(ReferralId id) {
        audit.recordRefusal(AuditAction.READ, TYPE, List.of(id.toString()), "refused: not involved");
    }

    /** Read by a module acting on a duty (a reader with no sign-in), one entry a referral. */
    void readFor(String reader, Referral r, String purpose) {
        audit.recordFor(reader, null, AuditAction.READ, TYPE, List.of(r.id().toString(), r.victim().toString()),
                purpose);
    }

    void searched(String what) {
        audit.record(AuditAction.SEARCH, TYPE, List.of(), what);
    }

    void linkConfirmed(ReferralId id, PersonId person) {
        audit.record(AuditAction.UPDATE, TYPE, List.of(id.toString(), person.toString()), "link confirmed");
    }

    void placed(ReferralId id, AreaId area) {
        audit.record(AuditAction.UPDATE, TYPE, List.of(id.toString()), "area chosen by the hub: " + area.value());
    }

    void triaged(ReferralId id, Set<TriageOutcome> decided, boolean outsideMeeting) {
        audit.record(AuditAction.UPDATE, TYPE, List.of(id.toString()), "triage: "
                + String.join(", ", decided.stream().map(Enum::name).toList())
                + (outsideMeeting ? " (outside the meeting)" : ""));
    }
}
