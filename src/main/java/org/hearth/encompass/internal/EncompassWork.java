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
        long overdue = jdbc.sql("SELECT count(*) FROM encompass_notification WHERE acknowledged_at IS NULL "
                + "AND due_at < now()").query(Long.class).single();
        long attention = jdbc.sql("SELECT count(*) FROM encompass_attention WHERE resolved_at IS NULL")
                .query(Long.class).single();
        long due = jdbc.sql("SELECT count(*) FROM encompass_notification WHERE acknowledged_at IS NULL")
                .query(Long.class).single();
        out.add(new WorkList(15, "School notifications", due + " waiting for the school, " + overdue
                + " overdue, " + (attention == 1 ? "1 child" : attention + " children") + " waiting for a school",
                List.of(), "/encompass", "Open the school notifications"));
        List<WorkList.WorkRow> rows = jdbc.sql("""
                SELECT referral_id, children, created_at FROM encompass_share_task WHERE done_at IS NULL
                ORDER BY created_at LIMIT 5""")
                .query((rs, n) -> new WorkList.WorkRow(
                        "Referral naming " + (rs.getInt(2) == 1 ? "1 child" : rs.getInt(2) + " children"),
                        "/referrals/" + rs.getObject(1, UUID.class), Dates.dayAndTime(rs.getTimestamp(3).toInstant()),
                        "Consider sharing", "blue"))
                .list();
        if (!rows.isEmpty()) {
            long all = jdbc.sql("SELECT count(*) FROM encompass_share_task WHERE done_at IS NULL").query(Long.class)
                    .single();
            out.add(new WorkList(16, "Consider sharing with schools", all == 1
                    ? "1 referral from another agency names children"
                    : all + " referrals from other agencies name children", rows, null, null));
        }
        return out;
    }
}
