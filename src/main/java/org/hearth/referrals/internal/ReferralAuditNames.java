package org.hearth.referrals.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditRecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals on the audit trail page, by their number (which names no one). */
@Component
class ReferralAuditNames implements AuditRecordNames {

    private final JdbcClient jdbc;

    ReferralAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        UUID[] wanted = ids.toArray(UUID[]::new);
        jdbc.sql("SELECT id, reference FROM referral WHERE id = ANY(?)").param(wanted)
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), "Referral " + rs.getString(2))).list();
        return names;
    }
}
