package org.hearth.access.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff accounts and API clients on the audit trail page: by name and username, and by the client's name. */
@Component
class StaffAuditNames extends SqlAuditNames {

    StaffAuditNames(JdbcClient jdbc) {
        super(jdbc, "SELECT id, display_name || ' (' || username || ')' FROM staff_user WHERE id = ANY(:ids)",
                "SELECT id, 'API client ' || name FROM api_client WHERE id = ANY(:ids)");
    }
}
