package org.hearth.reviews.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Death reviews in the audit trail by reference and pseudonym ("Death review DARDR-2026-001 (Adult A)"), a
 * recommendation as "Recommendation 2 of DARDR-2026-001" and a request as "Request on DARDR-2026-001". The pseudonym is
 * what the published report uses; the people are named (or not) by the people module with its need-to-know.
 */
@Component
class ReviewAuditNames extends SqlAuditNames {

    ReviewAuditNames(JdbcClient jdbc) {
        super(jdbc,
                "SELECT id, 'Death review ' || reference || ' (' || pseudonym || ')' FROM review WHERE id = ANY(:ids)",
                """
                SELECT c.id, 'Recommendation ' || c.number || ' of ' || r.reference
                FROM review_recommendation c JOIN review r ON r.id = c.review_id WHERE c.id = ANY(:ids)""",
                """
                SELECT q.id, 'Request on ' || r.reference FROM review_request q JOIN review r ON r.id = q.review_id
                WHERE q.id = ANY(:ids)""");
    }
}
