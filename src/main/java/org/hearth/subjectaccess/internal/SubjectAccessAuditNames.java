package org.hearth.subjectaccess.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access requests in the audit trail by their reference ("Subject access request SAR-2026-0001"), and the
 * corrections proposed on them by the request's reference (never the values).
 */
@Component
class SubjectAccessAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    SubjectAccessAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT id, reference FROM subject_access_request WHERE id = ANY (?)").param(ids.toArray(UUID[]::new))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), "Subject access request " + rs.getString(2)))
                .list();
        jdbc.sql("SELECT c.id, q.reference FROM subject_access_correction c JOIN subject_access_request q "
                + "ON q.id = c.request_id WHERE c.id = ANY (?)").param(ids.toArray(UUID[]::new))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), "Correction proposed on subject access request "
                        + rs.getString(2))).list();
        return out;
    }
}
