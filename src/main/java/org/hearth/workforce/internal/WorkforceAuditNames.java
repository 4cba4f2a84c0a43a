package org.hearth.workforce.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Workforce records in the audit trail: training sessions by title, Quality Mark applications as such (the holder is
 * another module's record), ambassadors by name (staff, not people at risk).
 */
@Component
class WorkforceAuditNames extends SqlAuditNames {

    WorkforceAuditNames(JdbcClient jdbc) {
        super(jdbc,
                "SELECT id, 'Training session ' || title FROM training_session WHERE id = ANY(:ids)",
                "SELECT id, 'Quality Mark application (level ' || level_sought || ')' FROM qm_application WHERE id = ANY(:ids)",
                "SELECT id, 'DV ambassador ' || name FROM ambassador WHERE id = ANY(:ids)");
    }
}
