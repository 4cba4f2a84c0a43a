package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.hearth.housing.AccommodationCounts;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.HousingCounts;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.SanctuaryOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A few aggregate queries over the refuge and sanctuary tables (the same rules as {@link HousingFigures}). */
@Service
@Transactional(readOnly = true)
class JdbcHousingCounts implements HousingCounts {

    private final JdbcClient jdbc;

    JdbcHousingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AccommodationCounts between(LocalDate from, LocalDate to) {
        Map<RefugeOutcome, Long> byOutcome = new EnumMap<>(RefugeOutcome.class);
        Map<DeclineReason, Long> byReason = new EnumMap<>(DeclineReason.class);
        long[] refuge = new long[9];
        jdbc.sql("""
                SELECT r.outcome, r.outcome_reason,
                    (r.outcome = 'ACCEPTED' AND (p.area_id IS NULL OR (r.area_id IS NOT NULL AND p.area_id <> r.area_id))),
                    r.children > 0, r.older_son, r.disability, r.language, r.nrpf
                FROM refuge_referral r JOIN refuge_provider p ON p.id = r.provider_id
                WHERE r.referred_on BETWEEN :from AND :to""").param("from", from).param("to", to).query(rs -> {
                    refuge[0]++;
                    String outcome = rs.getString(1);
                    if (outcome == null) {
                        refuge[1]++;
                    } else {
                        byOutcome.merge(RefugeOutcome.valueOf(outcome), 1L, Long::sum);
                    }
                    String reason = rs.getString(2);
                    if (reason != null) {
                        byReason.merge(DeclineReason.valueOf(reason), 1L, Long::sum);
                    }
                    for (int i = 3; i <= 8; i++) {
                        if (rs.getBoolean(i)) {
                            refuge[i - 1]++;
                        }
                    }
                });
        long movedIn = jdbc.sql("SELECT count(*) FROM refuge_referral WHERE moved_in_on BETWEEN :from AND :to")
                .param("from", from).param("to", to).query(Long.class).single();
        long sanctuary = jdbc.sql("SELECT count(*) FROM sanctuary_referral WHERE referred_on BETWEEN :from AND :to")
                .param("from", from).param("to", to).query(Long.class).single();
        long[] jobs = jdbc.sql("""
                SELECT count(DISTINCT referral_id), count(*), coalesce(sum(cost_pence), 0) FROM sanctuary_job
                WHERE fitted_on BETWEEN :from AND :to AND NOT cancelled""").param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        Map<SanctuaryOutcome, Long> closed = new EnumMap<>(SanctuaryOutcome.class);
        jdbc.sql("""
                SELECT outcome, count(*) FROM sanctuary_referral WHERE closed_on BETWEEN :from AND :to
                GROUP BY outcome""").param("from", from).param("to", to)
                .query(rs -> { closed.put(SanctuaryOutcome.valueOf(rs.getString(1)), rs.getLong(2)); });
        return new AccommodationCounts(refuge[0], byOutcome, refuge[1], byReason, refuge[2], movedIn, refuge[3],
                refuge[4], refuge[5], refuge[6], refuge[7], sanctuary, jobs[0], jobs[1], jobs[2], closed);
    }
}
