package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * "My work" from death reviews: for partnership coordinators, the reviews whose decision or completion is overdue or
 * due within 14 days, and the recommendations overdue; for a panel member, the open reviews they are on. References
 * and pseudonyms only, never a name.
 */
@Component
class ReviewWork extends StaffWork {

    static final int ROWS = 8;
    static final int SOON_DAYS = 14;

    ReviewWork(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit, me -> true);
    }

    record Due(UUID id, String label, LocalDate due, String what) {
    }

    @Override
    protected List<WorkList> forStaff(Actor me) {
        LocalDate today = LocalDate.now(Dates.UK);
        List<WorkList> lists = new ArrayList<>();
        if (me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            List<Due> due = jdbc.sql("""
                    SELECT id, reference || ' (' || pseudonym || ')' AS label,
                        CASE WHEN decided_on IS NULL THEN decision_due_on ELSE completion_due_on END AS due,
                        CASE WHEN decided_on IS NULL THEN 'Decision' ELSE 'Completion' END AS what
                    FROM review WHERE closed_on IS NULL
                      AND (CASE WHEN decided_on IS NULL THEN decision_due_on ELSE completion_due_on END) <= ?
                    ORDER BY due, reference""").param(today.plusDays(SOON_DAYS))
                    .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("label"),
                            rs.getObject("due", LocalDate.class), rs.getString("what"))).list();
            if (!due.isEmpty()) {
                long overdue = due.stream().filter(d -> today.isAfter(d.due())).count();
                lists.add(new WorkList(16, "Death reviews due", due.size() + (due.size() == 1 ? " review has"
                        : " reviews have") + " a decision or completion due within " + SOON_DAYS + " days or overdue ("
                        + overdue + " overdue).", due.stream().limit(ROWS).map(d -> row(d, today)).toList(),
                        "/reviews", "All death reviews"));
                shown(JdbcReviews.RECORD_TYPE, due.stream().limit(ROWS).map(Due::id), "My work: references only");
            }
            List<Due> recs = jdbc.sql("""
                    SELECT r.id, 'Recommendation ' || c.number || ' of ' || r.reference AS label, c.due_on AS due,
                        'Recommendation' AS what
                    FROM review_recommendation c JOIN review r ON r.id = c.review_id
                    WHERE c.status <> 'DONE' AND c.due_on < ? ORDER BY c.due_on, r.reference, c.number""")
                    .param(today).query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("label"),
                            rs.getObject("due", LocalDate.class), rs.getString("what"))).list();
            if (!recs.isEmpty()) {
                lists.add(new WorkList(17, "Review recommendations overdue", recs.size()
                        + (recs.size() == 1 ? " recommendation is past its due date and not completed."
                                : " recommendations are past their due dates and not completed."),
                        recs.stream().limit(ROWS).map(d -> row(d, today)).toList(), "/reviews/recommendations/overdue",
                        "All overdue recommendations"));
            }
        }
        List<Due> mine = jdbc.sql("""
                SELECT r.id, r.reference || ' (' || r.pseudonym || ')' AS label,
                    COALESCE(r.completion_due_on, r.decision_due_on) AS due, 'Panel' AS what
                FROM review r JOIN review_panel_member m ON m.review_id = r.id
                WHERE m.staff_user_id = ? AND r.closed_on IS NULL ORDER BY r.reference""").param(me.actorId())
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("label"),
                        rs.getObject("due", LocalDate.class), rs.getString("what"))).list();
        if (!mine.isEmpty() && !me.hasRole(Role.PARTNERSHIP_COORDINATOR)) {
            lists.add(new WorkList(18, "Death reviews you are on", mine.size() + (mine.size() == 1
                    ? " open review names" : " open reviews name") + " you on the panel.",
                    mine.stream().limit(ROWS).map(d -> new WorkRow(d.label(), "/reviews/" + d.id(),
                            "Completion due " + Dates.day(d.due()), "Panel member", "blue")).toList(), null, null));
            shown(JdbcReviews.RECORD_TYPE, mine.stream().limit(ROWS).map(Due::id), "My work: references only");
        }
        return lists;
    }

    private static WorkRow row(Due d, LocalDate today) {
        return dueRow(d.label(), "/reviews/" + d.id(), d.what() + " due " + Dates.day(d.due()), d.due(), today);
    }
}
