package org.hearth.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff accounts and API clients on the audit trail page: by name and username, and by the client's name. */
@Component
class StaffAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    StaffAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        UUID[] wanted = ids.toArray(UUID[]::new);
        jdbc.sql("SELECT id, display_name || ' (' || username || ')' FROM staff_user WHERE id = ANY(?)").param(wanted)
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        jdbc.sql("SELECT id, 'API client ' || name FROM api_client WHERE id = ANY(?)").param(wanted)
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }
}
