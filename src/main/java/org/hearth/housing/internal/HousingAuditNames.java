package org.hearth.housing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Housing records in the audit trail by their reference ("Sanctuary referral SAN-2026-0003", "Sanctuary job
 * SAN-2026-0003-J1", "Refuge referral REF-2026-0007"): a reference names no one, and never the refuge. Providers by
 * their name (a directory entry, no address).
 */
@Component
class HousingAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    HousingAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        UUID[] array = ids.toArray(UUID[]::new);
        name(out, "SELECT id, reference FROM sanctuary_referral WHERE id = ANY (?)", array, "Sanctuary referral ");
        name(out, "SELECT id, reference FROM sanctuary_job WHERE id = ANY (?)", array, "Sanctuary job ");
        name(out, "SELECT id, reference FROM refuge_referral WHERE id = ANY (?)", array, "Refuge referral ");
        name(out, "SELECT id, name FROM refuge_provider WHERE id = ANY (?)", array, "Refuge provider ");
        return out;
    }

    private void name(Map<UUID, String> out, String sql, UUID[] ids, String prefix) {
        jdbc.sql(sql).param(ids).query((rs, n) -> out.put(rs.getObject(1, UUID.class), prefix + rs.getString(2)))
                .list();
    }
}
