package org.hearth.insights.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every query insights makes, in one place: plain SQL over the referrals, people, risk and partnership tables, read
 * as a read model (ARCHITECTURE: "reporting queries are plain SQL over read models"). It returns one row per
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

    List<ReferralFact> referrals(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT r.victim_id, r.received_on, r.area_id, r.referring_agency_id, ag.name, ag.sector = 'POLICE',
                       r.triage_outcome, (r.triaged_at AT TIME ZONE 'Europe/London')::date,
                       EXISTS (SELECT 1 FROM referral_child c WHERE c.referral_id = r.id AND c.present),
                       EXISTS (SELECT 1 FROM referral e WHERE e.victim_id = r.victim_id
                               AND e.received_on < r.received_on AND e.received_on > r.received_on - INTERVAL '12 months'),
                       r.triage_outcome = 'REFER_TO_MARAC' AND EXISTS (SELECT 1 FROM referral m
                               WHERE m.victim_id = r.victim_id AND m.triage_outcome = 'REFER_TO_MARAC'
                               AND m.received_on < r.received_on AND m.received_on > r.received_on - INTERVAL '12 months'),
                       p.ethnicity, p.first_language, p.sex, p.disability, p.sexual_orientation,
                       COALESCE(date_part('year', age(r.received_on, p.date_of_birth))::int, p.estimated_age)
                FROM referral r
                JOIN agency ag ON ag.id = r.referring_agency_id
                JOIN person p ON p.id = r.victim_id
                WHERE r.received_on BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR r.area_id = ?)
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
     * Assessments graded high from {@code from} to {@code to}, in an area: the area of the assessment's referral or,
     * when it has none, of the victim's latest referral received by the assessment's date.
     */
    List<HighRiskFact> highRisk(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT person_id, assessed_on, area_id, ethnicity, first_language, sex, disability, sexual_orientation, age
                FROM (
                  SELECT a.person_id, a.assessed_on,
                         COALESCE(rr.area_id, (SELECT l.area_id FROM referral l WHERE l.victim_id = a.person_id
                                  AND l.received_on <= a.assessed_on ORDER BY l.received_on DESC, l.created_at DESC
                                  LIMIT 1)) AS area_id,
                         p.ethnicity, p.first_language, p.sex, p.disability, p.sexual_orientation,
                         COALESCE(date_part('year', age(a.assessed_on, p.date_of_birth))::int, p.estimated_age) AS age
                  FROM risk_assessment a
                  JOIN person p ON p.id = a.person_id
                  LEFT JOIN referral rr ON rr.id = a.referral_id
                  WHERE a.final_grade = 'HIGH' AND a.assessed_on BETWEEN ? AND ?
                ) h
                WHERE CAST(? AS uuid) IS NULL OR area_id = ?
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new HighRiskFact(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), new Equality(rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), (Integer) rs.getObject(9))))
                .list();
    }
}
