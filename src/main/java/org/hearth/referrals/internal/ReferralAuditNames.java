package org.hearth.referrals.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals on the audit trail page, by their number (which names no one). */
@Component
class ReferralAuditNames extends SqlAuditNames {

    ReferralAuditNames(JdbcClient jdbc) {
        super(jdbc, "SELECT id, 'Referral ' || reference FROM referral WHERE id = ANY(:ids)");
    }
}
