package org.hearth.marac.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.hearth.commissioning.KpiSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contract KPIs computed from MARAC for a provider agency (commissioning's {@link KpiSource}): referrals it made to
 * MARAC, and its attendance at the MARAC meetings held. Aggregates only.
 */
@Configuration(proxyBeanMethods = false)
class MaracKpis {

    @Bean
    KpiSource maracReferralsMade(JdbcClient jdbc) {
        return KpiSource.of("MARAC_REFERRALS", "Referrals made to MARAC", "referrals", (provider, from, to) ->
                Optional.of(BigDecimal.valueOf(jdbc.sql("""
                        SELECT count(*) FROM marac_referral WHERE referring_agency_id = ? AND referred_on BETWEEN ? AND ?""")
                        .params(provider.value(), from, to).query(Long.class).single())));
    }

    @Bean
    KpiSource maracAttendance(JdbcClient jdbc) {
        return KpiSource.of("MARAC_ATTENDANCE", "MARAC meetings attended", "%", (provider, from, to) -> {
            long[] counts = jdbc.sql("""
                    SELECT count(*) FILTER (WHERE a.status IN ('PRESENT', 'DEPUTY')), count(*)
                    FROM marac_attendance a JOIN marac_meeting m ON m.id = a.meeting_id
                    WHERE a.agency_id = ? AND m.held_at IS NOT NULL AND m.meets_on BETWEEN ? AND ?""")
                    .params(provider.value(), from, to).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            return counts[1] == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(counts[0] * 100)
                    .divide(BigDecimal.valueOf(counts[1]), 1, RoundingMode.HALF_UP));
        });
    }
}
