package org.hearth.encompass.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.Dates;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" for hub coordinators: notifications overdue, children waiting for a school, and referrals from other
 * agencies naming children, to consider sharing with their schools (not a statutory notification). Counts and
 * links only, no person data.
 */
@Component
class EncompassWork implements WorkItems {

    private final JdbcClient jdbc;

    EncompassWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        if (Actor.current().filter(a -> a.hasRole(Role.HUB_COORDINATOR)).isEmpty()) {
            return List.of();
        }
        List<WorkList> out = new ArrayList<>();
        // the four counts in one statement (one round trip, not four), each over its table's waiting rows
        record Counts(long due, long overdue, long attention, long sharing) {
        }
        Counts c = jdbc.sql("""
                SELECT n.due, n.overdue,
                       (SELECT count(*) FROM encompass_attention WHERE resolved_at IS NULL) AS attention,
                       (SELECT count(*) FROM encompass_share_task WHERE done_at IS NULL) AS sharing
                FROM (SELECT count(*) AS due, count(*) FILTER (WHERE due_at < now()) AS overdue
                      FROM encompass_notification WHERE acknowledged_at IS NULL) n""")
                .query((rs, n) -> new Counts(rs.getLong("due"), rs.getLong("overdue"), rs.getLong("attention"),
                        rs.getLong("sharing"))).single();
        out.add(new WorkList(15, "School notifications", c.due() + " waiting for the school, " + c.overdue()
                + " overdue, " + (c.attention() == 1 ? "1 child" : c.attention() + " children") + " waiting for a school",
                List.of(), "/encompass", "Open the school notifications"));
        if (c.sharing() > 0) {
            List<WorkList.WorkRow> rows = jdbc.sql("""
                    SELECT referral_id, children, created_at FROM encompass_share_task WHERE done_at IS NULL
                    ORDER BY created_at LIMIT 5""")
                    .query((rs, n) -> new WorkList.WorkRow(
                            "Referral naming " + (rs.getInt(2) == 1 ? "1 child" : rs.getInt(2) + " children"),
                            "/referrals/" + rs.getObject(1, UUID.class), Dates.dayAndTime(rs.getTimestamp(3).toInstant()),
                            "Consider sharing", "blue"))
                    .list();
            out.add(new WorkList(16, "Consider sharing with schools", c.sharing() == 1
                    ? "1 referral from another agency names children"
                    : c.sharing() + " referrals from other agencies name children", rows, null, null));
        }
        return out;
    }
}
