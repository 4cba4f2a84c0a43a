package org.hearth.partnership.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership, its areas and its agencies on the audit trail page, by name. */
@Component
class PartnershipAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    PartnershipAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                SELECT id, name FROM agency WHERE id = ANY(:ids)
                UNION ALL SELECT id, 'Area ' || name FROM area WHERE id = ANY(:ids)
                UNION ALL SELECT id, name FROM partnership WHERE id = ANY(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }
}
