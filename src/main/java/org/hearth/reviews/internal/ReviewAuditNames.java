package org.hearth.reviews.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Death reviews in the audit trail by reference and pseudonym ("Death review DARDR-2026-001 (Adult A)"), a
 * recommendation as "Recommendation 2 of DARDR-2026-001" and a request as "Request on DARDR-2026-001". The pseudonym is
 * what the published report uses; the people are named (or not) by the people module with its need-to-know.
 */
@Component
class ReviewAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    ReviewAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        UUID[] array = ids.toArray(UUID[]::new);
        jdbc.sql("SELECT id, reference, pseudonym FROM review WHERE id = ANY (?)").param(array)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class),
                        "Death review " + rs.getString(2) + " (" + rs.getString(3) + ")")).list();
        jdbc.sql("""
                SELECT c.id, c.number, r.reference FROM review_recommendation c JOIN review r ON r.id = c.review_id
                WHERE c.id = ANY (?)""").param(array)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class),
                        "Recommendation " + rs.getInt(2) + " of " + rs.getString(3))).list();
        jdbc.sql("""
                SELECT q.id, r.reference FROM review_request q JOIN review r ON r.id = q.review_id
                WHERE q.id = ANY (?)""").param(array)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), "Request on " + rs.getString(2))).list();
        return out;
    }
}
