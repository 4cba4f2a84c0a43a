package org.hearth.subjectaccess.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffWork;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkList;
import org.hearth.platform.WorkList.WorkRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" for information governance: requests not released that are overdue or due within 7 days (references and
 * dates, never a name), and corrections proposed by a colleague awaiting this officer's approval.
 */
@Component
class SubjectAccessWork extends StaffWork {

    static final int ROWS = 8;

    SubjectAccessWork(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit, me -> me.hasRole(Role.INFORMATION_GOVERNANCE));
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        List<WorkList> out = new java.util.ArrayList<>(corrections(me));
        LocalDate today = LocalDate.now(org.hearth.platform.Dates.UK);
        record Due(UUID id, String reference, LocalDate due) {
        }
        List<Due> due = jdbc.sql("""
                SELECT id, reference, coalesce(extended_to, due_on) AS due FROM subject_access_request
                WHERE agency_id = ? AND released_at IS NULL AND coalesce(extended_to, due_on) <= ?
                ORDER BY due, reference""").params(me.agency().value(), today.plusDays(7))
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("due", LocalDate.class))).list();
        if (due.isEmpty()) {
            return out;
        }
        long overdue = due.stream().filter(d -> today.isAfter(d.due())).count();
        shown(SubjectAccessAudit.RECORD_TYPE, due.stream().limit(ROWS).map(Due::id), "My work: references only");
        out.add(0, new WorkList(16, "Subject access requests due", due.size() + (due.size() == 1
                ? " request is" : " requests are") + " due within 7 days or overdue (" + overdue + " overdue): "
                + "the law allows one month from receipt.", due.stream().limit(ROWS).map(d -> dueRow(d.reference(),
                        "/subject-access/" + d.id(), "Due " + Dates.day(d.due()), d.due(), today)).toList(),
                "/subject-access", "All requests"));
        return out;
    }

    /** Corrections awaiting a second approver that this officer may decide (not their own proposals). */
    private List<WorkList> corrections(Actor me) {
        record Pending(UUID id, String reference) {
        }
        List<Pending> pending = jdbc.sql("""
                SELECT c.id, q.reference FROM subject_access_correction c JOIN subject_access_request q
                    ON q.id = c.request_id WHERE c.agency_id = ? AND c.decision IS NULL AND c.proposed_by <> ?
                ORDER BY c.proposed_at""").params(me.agency().value(), me.actorId())
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2))).list();
        if (pending.isEmpty()) {
            return List.of();
        }
        shown(SubjectAccessAudit.CORRECTION_TYPE, pending.stream().limit(ROWS).map(Pending::id),
                "My work: references only");
        return List.of(new WorkList(17, "Corrections awaiting your approval", pending.size()
                + (pending.size() == 1 ? " correction proposed by a colleague awaits" : " corrections proposed by "
                        + "colleagues await") + " a second approver.", pending.stream().limit(ROWS)
                        .map(p -> new WorkRow(p.reference(), "/subject-access/corrections/" + p.id(),
                                "Correction proposed", "Awaiting approval", "orange")).toList(),
                "/subject-access/corrections", "All corrections awaiting approval"));
    }
}
