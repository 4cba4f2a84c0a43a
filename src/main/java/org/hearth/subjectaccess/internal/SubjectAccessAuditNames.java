package org.hearth.subjectaccess.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subject access requests in the audit trail by their reference ("Subject access request SAR-2026-0001"), and the
 * corrections proposed on them by the request's reference (never the values).
 */
@Component
class SubjectAccessAuditNames extends SqlAuditNames {

    SubjectAccessAuditNames(JdbcClient jdbc) {
        super(jdbc, "SELECT id, 'Subject access request ' || reference FROM subject_access_request WHERE id = ANY(:ids)",
                """
                SELECT c.id, 'Correction proposed on subject access request ' || q.reference
                FROM subject_access_correction c JOIN subject_access_request q ON q.id = c.request_id
                WHERE c.id = ANY(:ids)""");
    }
}
