package org.hearth.housing.internal;

import org.hearth.audit.SqlAuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Housing records in the audit trail by their reference ("Sanctuary referral SAN-2026-0003", "Sanctuary job
 * SAN-2026-0003-J1", "Refuge referral REF-2026-0007"): a reference names no one, and never the refuge. Providers by
 * their name (a directory entry, no address).
 */
@Component
class HousingAuditNames extends SqlAuditNames {

    HousingAuditNames(JdbcClient jdbc) {
        super(jdbc,
                "SELECT id, 'Sanctuary referral ' || reference FROM sanctuary_referral WHERE id = ANY(:ids)",
                "SELECT id, 'Sanctuary job ' || reference FROM sanctuary_job WHERE id = ANY(:ids)",
                "SELECT id, 'Refuge referral ' || reference FROM refuge_referral WHERE id = ANY(:ids)",
                "SELECT id, 'Refuge provider ' || name FROM refuge_provider WHERE id = ANY(:ids)");
    }
}
