package org.hearth.encompass.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.platform.WorkItems;
import org.hearth.platform.WorkList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "My work" for a school's or GP practice's key adult: how many of their own establishment's notifications wait to
 * be acknowledged (counts and a link, no child's or patient's name), so that My work never says "nothing is waiting"
 * while the notifications page lists new ones.
 */
@Component
class KeyAdultWork implements WorkItems {

    private final JdbcClient jdbc;

    KeyAdultWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkList> forCurrentUser() {
        Actor me = Actor.current().filter(a -> !a.apiClient() && a.hasRole(Role.ESTABLISHMENT_CONTACT)).orElse(null);
        if (me == null) {
            return List.of();
        }
        record Counts(long school, long practice) {
        }
        Counts c = jdbc.sql("""
                SELECT (SELECT count(*) FROM encompass_notification n
                        JOIN establishment_contact c ON c.school_id = n.school_id AND c.user_id = :me
                        WHERE n.acknowledged_at IS NULL) AS school,
                       (SELECT count(*) FROM gp_notification n
                        JOIN gp_practice_contact c ON c.practice_id = n.practice_id AND c.user_id = :me
                        WHERE n.acknowledged_at IS NULL) AS practice""")
                .param("me", me.actorId()).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
        List<String> parts = new ArrayList<>();
        if (c.school() > 0) {
            parts.add(count(c.school()) + " from the police about children of your school");
        }
        if (c.practice() > 0) {
            parts.add(count(c.practice()) + " about your patients");
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return List.of(new WorkList(5, "Notifications to acknowledge", String.join("; ", parts)
                + ": open each one and acknowledge that you received it.", List.of(), "/establishment/notifications",
                "Open your notifications"));
    }

    private static String count(long n) {
        return n == 1 ? "1 new notification" : n + " new notifications";
    }
}
