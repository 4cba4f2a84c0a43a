package org.hearth.partnership.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership, its areas and its agencies on the audit trail page, by name. */
@Component
class PartnershipAuditNames extends SqlAuditNames {

    PartnershipAuditNames(JdbcClient jdbc) {
        super(jdbc, "SELECT id, name FROM agency WHERE id = ANY(:ids)",
                "SELECT id, 'Area ' || name FROM area WHERE id = ANY(:ids)",
                "SELECT id, name FROM partnership WHERE id = ANY(:ids)");
    }
}
