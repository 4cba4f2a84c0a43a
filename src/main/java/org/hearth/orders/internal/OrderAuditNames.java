package org.hearth.orders.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Orders in the audit trail by their reference and type ("Protective order PO-2026-00012 (DVPO)"): it names no one. */
@Component
class OrderAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    OrderAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT o.id, o.reference, t.short_name FROM protective_order o JOIN order_type t ON t.code = o.type_code
                WHERE o.id = ANY (?)""").param(ids.toArray(UUID[]::new))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class),
                        "Protective order " + rs.getString(2) + " (" + rs.getString(3) + ")")).list();
        return out;
    }
}
