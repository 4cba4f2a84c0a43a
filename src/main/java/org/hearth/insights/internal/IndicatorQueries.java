package org.hearth.insights.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every query the indicators make, in one place: plain SQL over insights' own read models (the facts {@link Rollups}
 * keeps current from the modules' events) and the agency table. It returns one row per
 * referral or high-risk assessment with only what the indicators need: ids for counting distinct victims (never
 * shown), dates, codes and equality data. Names, dates of birth and addresses are never read.
 */
@Component
class IndicatorQueries {

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A victim's equality data, as recorded (codes or free text; null when not recorded). */
    record Equality(String ethnicity, String firstLanguage, String sex, String disability, String sexualOrientation,
            Integer age) {
    }

    /**
     * A referral received in the period.
     *
     * @param repeatVictim the victim had another referral received in the 12 months before this one (any agency)
     * @param maracRepeat referred to MARAC, and the victim's previous MARAC referral was within the 12 months before
     * @param triagedOn the date of the hub's decision (Europe/London), null while waiting
     */
    record ReferralFact(UUID victim, LocalDate receivedOn, UUID area, UUID agency, String agencyName, boolean police,
            String outcome, LocalDate triagedOn, boolean childrenPresent, boolean repeatVictim, boolean maracRepeat,
            Equality equality) {
    }

    /** A risk assessment graded high (final grade, after professional judgement). */
    record HighRiskFact(UUID victim, LocalDate assessedOn, UUID area, Equality equality) {
    }

    /**
     * The referrals received in the period, from the read model {@code insights_referral_fact} (kept current by
     * {@link Rollups}; the MARAC stand-in and the repeat flags are worked out there), with the referring agency.
     */
    List<ReferralFact> referrals(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT f.victim_id, f.received_on, f.area_id, f.agency_id, ag.name, ag.sector = 'POLICE',
                       f.outcome, f.triaged_on, f.children_present, f.repeat_victim, f.marac_repeat,
                       f.ethnicity, f.first_language, f.sex, f.disability, f.sexual_orientation, f.age
                FROM insights_referral_fact f
                JOIN agency ag ON ag.id = f.agency_id
                WHERE f.received_on BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR f.area_id = ?)
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new ReferralFact(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9), rs.getBoolean(10),
                        rs.getBoolean(11), new Equality(rs.getString(12), rs.getString(13), rs.getString(14),
                                rs.getString(15), rs.getString(16), (Integer) rs.getObject(17))))
                .list();
    }

    /**
     * Assessments graded high from {@code from} to {@code to}, in an area (see {@link Rollups} for which area), from
     * the read model {@code insights_high_risk_fact}.
     */
    List<HighRiskFact> highRisk(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT victim_id, assessed_on, area_id, ethnicity, first_language, sex, disability, sexual_orientation, age
                FROM insights_high_risk_fact
                WHERE assessed_on BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR area_id = ?)
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new HighRiskFact(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), new Equality(rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), (Integer) rs.getObject(9))))
                .list();
    }
}
