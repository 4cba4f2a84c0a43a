package org.hearth.disclosure.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clare's Law records in the audit trail by their reference: "Clare’s Law application DVDS-2026-0001" and
 * "Disclosure check on DVDS-2026-0001". The reference names no one; the applicant, the person at risk and the subject
 * are named (or not) by the people module's own names, with its need-to-know.
 */
@Component
class DisclosureAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    DisclosureAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        UUID[] array = ids.toArray(UUID[]::new);
        jdbc.sql("SELECT id, reference FROM disclosure_application WHERE id = ANY (?)").param(array)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class),
                        "Clare’s Law application " + rs.getString(2))).list();
        jdbc.sql("""
                SELECT c.id, a.reference FROM disclosure_check c
                JOIN disclosure_application a ON a.id = c.application_id
                WHERE c.id = ANY (?)""").param(array)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), "Disclosure check on " + rs.getString(2)))
                .list();
        return out;
    }
}
