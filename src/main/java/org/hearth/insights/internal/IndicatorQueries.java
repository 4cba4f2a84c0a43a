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
     * @param triagedOn the date of the hub's decision (Europe/London), null while waiting
     */
    record ReferralFact(UUID victim, LocalDate receivedOn, UUID area, UUID agency, String agencyName, boolean police,
            String outcome, LocalDate triagedOn, boolean childrenPresent, boolean repeatVictim, Equality equality) {
    }

    /** A risk assessment graded high (final grade, after professional judgement). */
    record HighRiskFact(UUID victim, LocalDate assessedOn, UUID area, Equality equality) {
    }

    /**
     * The referrals received in the period, from the read model {@code insights_referral_fact} (kept current by
     * {@link Rollups}; the repeat flag is worked out there), with the referring agency.
     */
    List<ReferralFact> referrals(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT f.victim_id, f.received_on, f.area_id, f.agency_id, ag.name, ag.sector = 'POLICE',
                       f.outcome, f.triaged_on, f.children_present, f.repeat_victim,
                       f.ethnicity, f.first_language, f.sex, f.disability, f.sexual_orientation, f.age
                FROM insights_referral_fact f
                JOIN agency ag ON ag.id = f.agency_id
                WHERE f.received_on BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR f.area_id = ?)
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new ReferralFact(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9), rs.getBoolean(10),
                        new Equality(rs.getString(11), rs.getString(12), rs.getString(13),
                                rs.getString(14), rs.getString(15), (Integer) rs.getObject(16))))
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

    /**
     * A case discussed at a MARAC meeting held in the period (the MARAC module's view {@code marac_case_discussed},
     * its one definition of "discussed"), with the referring agency and the victim's equality data and age at the
     * referral to MARAC. The area is the view's: the front-door referral's, else the MARAC's only area.
     */
    record MaracCase(UUID id, LocalDate meetsOn, UUID area, String agencyName, boolean police, boolean repeat,
            Equality equality) {
    }

    /** A research task of a case discussed in the period: its agency, and whether it came back by its due day. */
    record ResearchFact(UUID agency, String agencyName, boolean returnedOnTime) {
    }

    /** A MARAC action due in the period whose outcome is known (done, or open past its due day). */
    record ActionFact(UUID id, boolean completedOnTime) {
    }

    List<MaracCase> maracCases(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT d.marac_referral_id, d.meets_on, d.area_id, ag.name, ag.sector = 'POLICE', d.repeat,
                       p.ethnicity, p.first_language, p.sex, p.disability, p.sexual_orientation,
                       COALESCE(date_part('year', age(d.referred_on, p.date_of_birth))::int, p.estimated_age)
                FROM marac_case_discussed d
                JOIN person p ON p.id = d.victim_id
                JOIN agency ag ON ag.id = d.referring_agency_id
                WHERE d.meets_on BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR d.area_id = ?)
                ORDER BY d.meets_on, d.marac_referral_id
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new MaracCase(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6),
                        new Equality(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11), (Integer) rs.getObject(12))))
                .list();
    }

    /** The research tasks of the cases discussed at meetings held in the period (returned by the due day, UK time). */
    List<ResearchFact> research(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT t.agency_id, ag.name,
                       t.returned_at IS NOT NULL AND (t.returned_at AT TIME ZONE 'Europe/London')::date <= t.due_on
                FROM marac_research t
                JOIN marac_case_discussed d ON d.marac_referral_id = t.marac_referral_id AND d.meeting_id = t.meeting_id
                JOIN agency ag ON ag.id = t.agency_id
                WHERE d.meets_on BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR d.area_id = ?)
                ORDER BY t.id
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new ResearchFact(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /**
     * The MARAC actions due from {@code from} to {@code to} whose outcome is known: done, or still open after their due
     * day (UK time); an open action not yet due is left out. Completed on time: closed by the end of its due day (UK
     * time). An action closed because its case was transferred to another MARAC is left out: the receiving MARAC
     * carries it on, so it was neither done nor missed here. The area is the case's, as {@code marac_case_discussed}
     * defines it: the front-door referral's, else the MARAC's only area.
     */
    List<ActionFact> actions(LocalDate from, LocalDate to, UUID area) {
        return jdbc.sql("""
                SELECT a.id,
                       a.closed_at IS NOT NULL AND (a.closed_at AT TIME ZONE 'Europe/London')::date <= a.due_on
                FROM marac_action a
                JOIN marac_referral r ON r.id = a.marac_referral_id
                WHERE a.due_on BETWEEN ? AND ?
                  AND (a.closed_at IS NOT NULL OR a.due_on < (now() AT TIME ZONE 'Europe/London')::date)
                  AND NOT (r.transferred_at IS NOT NULL AND a.closed_at >= r.transferred_at)
                  AND (CAST(? AS uuid) IS NULL OR COALESCE(
                        (SELECT fr.area_id FROM referral fr WHERE fr.id = r.referral_id),
                        (SELECT min(ma.area_id::text)::uuid FROM marac_area ma WHERE ma.marac_id = r.marac_id
                         HAVING count(*) = 1)) = ?)
                ORDER BY a.id
                """)
                .params(from, to, area, area)
                .query((rs, n) -> new ActionFact(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list();
    }

    /**
     * Women aged 16 and over in the area (the MARAC module's {@code marac_area_women}, set by administrators), or in
     * the whole partnership (null area: the sum, only when every area has a figure); null when not known.
     */
    Integer women(UUID area) {
        return jdbc.sql("""
                SELECT CASE WHEN count(w.area_id) = count(*) AND count(*) > 0 THEN sum(w.women_16_plus) END
                FROM area a LEFT JOIN marac_area_women w ON w.area_id = a.id
                WHERE CAST(? AS uuid) IS NULL OR a.id = ?""")
                .params(area, area).query(Integer.class).optional().orElse(null);
    }
}
