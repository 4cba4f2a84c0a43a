package org.hearth.setup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A demo account as the demo's history records it: its id, its name as records show who wrote them, and its
 * agency. The seeding steps look their accounts up by username, and an agency or an area by its name.
 */
record DemoUser(UUID id, String name, UUID agency) {

    /** The demo account {@code username}, or empty when the demo has none. */
    static Optional<DemoUser> find(JdbcTemplate jdbc, String username) {
        return jdbc.query("SELECT id, display_name, agency_id FROM staff_user WHERE username = ?",
                (rs, n) -> new DemoUser(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)),
                username).stream().findFirst();
    }

    /** The id of the demo account {@code username}, or null. */
    static UUID idOf(JdbcTemplate jdbc, String username) {
        return find(jdbc, username).map(DemoUser::id).orElse(null);
    }

    /** The id of the agency named {@code name}, or null. */
    static UUID agency(JdbcTemplate jdbc, String name) {
        return first(jdbc.queryForList("SELECT id FROM agency WHERE name = ?", UUID.class, name));
    }

    /** The id of the area named {@code name}, or null. */
    static UUID area(JdbcTemplate jdbc, String name) {
        return first(jdbc.queryForList("SELECT id FROM area WHERE name = ?", UUID.class, name));
    }

    private static UUID first(List<UUID> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
