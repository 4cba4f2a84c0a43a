package org.hearth.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's MARACs: one fortnightly MARAC per area, chaired and coordinated by the demo hub coordinator, with the
 * police and the IDVA service as standing members (their demo users as representatives); a referral to MARAC for
 * each referral the demo hub triaged "Refer to MARAC" (the triage listener does this for new decisions); and the
 * year of fortnightly meetings before, each older referral listed at the first after it, and the next meeting of
 * each MARAC, not yet published, with up to 16 of its waiting cases in agenda order. Repeats are flagged (the same
 * victim and perpetrator within 12 months), and each area has its women aged 16+, so the last complete quarter's
 * SafeLives return of each MARAC is finished. The past meetings were held ({@link DemoMaracHistory}: attendance,
 * minutes, research and actions). Of three MARACs, the second's
 * and third's next meetings are published (research overdue and chased, returned late and on time; and requested),
 * their representatives holding MARAC_RESEARCH until 28 days after the meeting.
 */
final class DemoMarac {

    private final JdbcTemplate jdbc;

    DemoMarac(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads it, with {@code hub} (the demo hub coordinator's account) as the hub's user. */
    void load(UUID hub, LocalDate today) {
        List<Map<String, Object>> areas = jdbc.queryForList("SELECT id, name FROM area ORDER BY name");
        for (Map<String, Object> area : areas) {
            UUID marac = UUID.randomUUID();
            jdbc.update("INSERT INTO marac (id, name, schedule, chair_id, coordinator_id, capacity) "
                    + "VALUES (?, ?, 'FORTNIGHTLY', ?, ?, 20)", marac, area.get("name") + " MARAC", hub, hub);
            jdbc.update("INSERT INTO marac_area (marac_id, area_id) VALUES (?, ?)", marac, area.get("id"));
            member(marac, "police");
            member(marac, "idva");
        }
        // referrals to MARAC from the demo's triage decisions, to the MARAC of the victim's area (the referral's),
        // else of the referring agency's; a referral with neither has no MARAC and waits for the coordinator to
        // choose one. Visible high risk when the latest DASH scored 14 or more, else the hub's professional judgement
        jdbc.update("""
                WITH made AS (
                SELECT r.*, (SELECT ra.score FROM risk_assessment ra WHERE ra.person_id = r.victim_id
                             ORDER BY ra.assessed_on DESC, ra.recorded_at DESC LIMIT 1) AS score,
                       a.area_id AS agency_area
                FROM referral r JOIN agency a ON a.id = r.referring_agency_id
                WHERE r.triage_outcome = 'REFER_TO_MARAC' AND r.triaged_at IS NOT NULL)
                INSERT INTO marac_referral (id, reference, marac_id, victim_id, source, referral_id, referred_on,
                    referred_by_name, referred_by_user, referring_agency_id, criteria, evidence, judgement_reason,
                    risk_score, consent, lawful_basis, consent_reason, repeat)
                SELECT gen_random_uuid(), 'MR-' || extract(year FROM r.triaged_at)::int || '-'
                           || lpad(nextval('marac_referral_number')::text, 5, '0'),
                       coalesce((SELECT ma.marac_id FROM marac_area ma WHERE ma.area_id = r.area_id LIMIT 1),
                                (SELECT ma.marac_id FROM marac_area ma WHERE ma.area_id = r.agency_area LIMIT 1)),
                       r.victim_id, 'TRIAGE', r.id, (r.triaged_at AT TIME ZONE 'Europe/London')::date,
                       coalesce(u.display_name, 'The hub'), r.triaged_by, r.referring_agency_id,
                       CASE WHEN r.score >= 14 THEN '{VISIBLE_HIGH_RISK}' ELSE '{PROFESSIONAL_JUDGEMENT}' END::text[],
                       CASE WHEN r.score >= 14
                            THEN 'Visible high risk: the latest DASH risk assessment scored ' || r.score || ' (14 or more).'
                            ELSE 'Professional judgement: the hub''s triage decision.' END,
                       CASE WHEN r.score >= 14 THEN NULL
                            ELSE 'The hub''s triage decision: ' || coalesce(r.triage_reason, 'refer to MARAC') END,
                       r.score,
                       CASE WHEN r.consent = 'OVERRIDDEN' AND (r.consent_basis IS NULL OR r.consent_reason IS NULL)
                            THEN 'REFUSED' ELSE r.consent END,
                       CASE WHEN r.consent = 'OVERRIDDEN' THEN r.consent_basis END,
                       CASE WHEN r.consent = 'OVERRIDDEN' THEN r.consent_reason END, false
                FROM made r LEFT JOIN staff_user u ON u.id = r.triaged_by
                ORDER BY r.triaged_at""");
        jdbc.update("""
                INSERT INTO marac_referral_perpetrator (marac_referral_id, person_id)
                SELECT m.id, p.person_id FROM marac_referral m JOIN referral_perpetrator p ON p.referral_id = m.referral_id
                ON CONFLICT DO NOTHING""");
        // repeats (SafeLives): an earlier referral to MARAC of the same victim naming the same perpetrator within the 12
        // months before; the referral records the last such one
        jdbc.update("""
                UPDATE marac_referral r SET repeat = true, repeat_of_id = (
                    SELECT e.id FROM marac_referral e
                    JOIN marac_referral_perpetrator ep ON ep.marac_referral_id = e.id
                    JOIN marac_referral_perpetrator rp ON rp.marac_referral_id = r.id AND rp.person_id = ep.person_id
                    WHERE e.victim_id = r.victim_id AND e.referred_on < r.referred_on
                      AND e.referred_on > r.referred_on - INTERVAL '12 months'
                    ORDER BY e.referred_on DESC, e.created_at DESC LIMIT 1)
                WHERE EXISTS (
                    SELECT 1 FROM marac_referral e
                    JOIN marac_referral_perpetrator ep ON ep.marac_referral_id = e.id
                    JOIN marac_referral_perpetrator rp ON rp.marac_referral_id = r.id AND rp.person_id = ep.person_id
                    WHERE e.victim_id = r.victim_id AND e.referred_on < r.referred_on
                      AND e.referred_on > r.referred_on - INTERVAL '12 months')""");
        // for the SafeLives return: the women aged 16+ of each area (about 41% of its population, as in the 2021
        // Census), and coded sexual orientation and gender identity for the people of the demo (a few LGBT+, some
        // not known or not stated, as services record them)
        jdbc.update("""
                INSERT INTO marac_area_women (area_id, women_16_plus, source)
                SELECT id, (population * 0.41)::int, 'Demo: 41% of the area''s population'
                FROM area WHERE population IS NOT NULL ON CONFLICT DO NOTHING""");
        jdbc.update("""
                UPDATE person SET
                    sexual_orientation_code = CASE abs(hashtext(id::text)) % 100
                        WHEN 0 THEN 'GAY_OR_LESBIAN' WHEN 1 THEN 'BISEXUAL' WHEN 2 THEN 'NOT_STATED'
                        WHEN 3 THEN 'NOT_STATED' ELSE CASE WHEN abs(hashtext(id::text)) % 100 < 30 THEN 'NOT_KNOWN'
                        ELSE 'HETEROSEXUAL' END END,
                    gender_identity_code = CASE abs(hashtext(id::text || 'g')) % 200
                        WHEN 0 THEN 'TRANS_WOMAN' WHEN 1 THEN 'NON_BINARY' WHEN 2 THEN 'NOT_STATED'
                        ELSE CASE WHEN abs(hashtext(id::text || 'g')) % 200 < 60 THEN 'NOT_KNOWN'
                        ELSE 'SAME_AS_SEX_AT_BIRTH' END END""");
        // a year of fortnightly meetings before the next one, each agenda published five days ahead; every older
        // referral was listed at the first meeting after it was made
        jdbc.update("""
                INSERT INTO marac_meeting (id, marac_id, meets_on, published_at)
                SELECT gen_random_uuid(), m.id, d::date, (d::date - 5)::timestamptz
                FROM marac m, generate_series(CAST(? AS date) - 14, CAST(? AS date) - 371, interval '-14 days') d""",
                today.plusDays(7), today.plusDays(7));
        jdbc.update("""
                UPDATE marac_referral r SET meeting_id = (
                    SELECT mm.id FROM marac_meeting mm WHERE mm.marac_id = r.marac_id AND mm.meets_on > r.referred_on
                    ORDER BY mm.meets_on LIMIT 1)
                WHERE r.meeting_id IS NULL AND r.referred_on < ?""", today.minusDays(28));
        new DemoMaracHistory(jdbc).held(today, hub);
        // the referrals of the last four weeks wait for the next meeting of their MARAC. Of three MARACs by name, the
        // first's is not yet published (for the coordinator to publish; the transfer in is listed on it); the
        // second's, brought forward to tomorrow, was published six days ago (research returned on time, late, or
        // overdue and some chased); the third's was published yesterday (research requested, some returned)
        List<Map<String, Object>> all = jdbc.queryForList("SELECT id, name FROM marac ORDER BY name");
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> m = all.get(i);
            UUID meeting = UUID.randomUUID();
            int published = all.size() < 3 ? -1 : i == 1 ? 6 : i == 2 ? 1 : -1;
            jdbc.update("INSERT INTO marac_meeting (id, marac_id, meets_on) VALUES (?, ?, ?)", meeting, m.get("id"),
                    published == 6 ? today.plusDays(1) : today.plusDays(7));
            jdbc.update("""
                    UPDATE marac_referral SET meeting_id = ? WHERE id IN (
                        SELECT r.id FROM marac_referral r WHERE r.marac_id = ? AND r.referred_on >= ?
                        ORDER BY r.repeat DESC, r.risk_score DESC NULLS LAST, r.referred_on, r.created_at, r.id
                        LIMIT 16)""", meeting, m.get("id"), today.minusDays(28));
            if (published > 0) {
                publish(meeting, today, published, hub);
            }
        }
    }

    /** Working days before a day, weekends skipped (bank holidays ignored in the demo), as SQL over {@code d}. */
    static String twoWorkingDaysBefore(String d) {
        return "(" + d + " - CASE extract(isodow FROM " + d + ")::int WHEN 1 THEN 4 WHEN 2 THEN 4 WHEN 7 THEN 3"
                + " ELSE 2 END)";
    }

    /**
     * Publishes a next meeting as the coordinator would: research tasks for each member agency on each case (some
     * already returned, on time or late, the others requested or, once due, overdue; some of those chased) and
     * MARAC_RESEARCH grants to the representatives on the victims and perpetrators until 28 days after the meeting.
     */
    private void publish(UUID meeting, LocalDate today, int daysBeforePublished, UUID hub) {
        jdbc.update("""
                UPDATE marac_meeting SET published_at = (CAST(? AS date) - ? + time '10:00') AT TIME ZONE 'Europe/London',
                    published_by = ? WHERE id = ?""", today, daysBeforePublished, hub, meeting);
        jdbc.update("""
                INSERT INTO marac_research (id, meeting_id, marac_referral_id, agency_id, due_on, victim_facts,
                    perpetrator_facts, returned_at, returned_by, returned_by_name, chased_at)
                SELECT gen_random_uuid(), t.meeting, t.referral, t.agency_id, t.due,
                       CASE WHEN t.state IN ('ON_TIME', 'LATE') THEN 'Known to the agency: see its case record.' END,
                       CASE WHEN t.state IN ('ON_TIME', 'LATE') THEN 'Nothing further held on the perpetrator.' END,
                       CASE WHEN t.state = 'ON_TIME' THEN LEAST(now() - interval '1 hour',
                                    ((t.due - 1) + time '12:00') AT TIME ZONE 'Europe/London')
                            WHEN t.state = 'LATE' THEN now() - interval '2 hours' END,
                       CASE WHEN t.state IN ('ON_TIME', 'LATE') THEN t.uid END,
                       CASE WHEN t.state IN ('ON_TIME', 'LATE') THEN t.display_name END,
                       CASE WHEN t.state = 'WAITING' AND t.due < CAST(? AS date) AND t.k %% 2 = 0
                            THEN now() - interval '3 hours' END
                FROM (SELECT mt.id AS meeting, r.id AS referral, mm.agency_id, u.id AS uid, u.display_name,
                             %s AS due, abs(hashtext(r.id::text || mm.agency_id::text || 'next')) %% 10 AS k,
                             CASE WHEN abs(hashtext(r.id::text || mm.agency_id::text || 'next')) %% 10 < 4 THEN 'ON_TIME'
                                  WHEN abs(hashtext(r.id::text || mm.agency_id::text || 'next')) %% 10 < 6
                                       AND %s < CAST(? AS date) THEN 'LATE'
                                  ELSE 'WAITING' END AS state
                      FROM marac_referral r JOIN marac_meeting mt ON mt.id = r.meeting_id
                      JOIN marac_member mm ON mm.marac_id = mt.marac_id
                      JOIN staff_user u ON u.id = mm.representative_id
                      WHERE mt.id = ?) t""".formatted(twoWorkingDaysBefore("mt.meets_on"),
                        twoWorkingDaysBefore("mt.meets_on")), today, today, meeting);
        jdbc.update("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, starts_at, expires_at,
                    approved_by, basis_kind, basis_id)
                SELECT gen_random_uuid(), p.person_id, 'MARAC_RESEARCH', 'RECORD', mm.representative_id, mt.published_at,
                       ((mt.meets_on + 29) + time '00:00') AT TIME ZONE 'Europe/London' - interval '1 minute', ?,
                       'marac-meeting', mt.id::text
                FROM marac_meeting mt JOIN marac_member mm ON mm.marac_id = mt.marac_id
                JOIN LATERAL (SELECT r.victim_id AS person_id FROM marac_referral r WHERE r.meeting_id = mt.id
                              UNION SELECT rp.person_id FROM marac_referral_perpetrator rp
                              JOIN marac_referral r ON r.id = rp.marac_referral_id WHERE r.meeting_id = mt.id) p ON true
                WHERE mt.id = ?""", hub, meeting);
    }

    private void member(UUID marac, String username) {
        DemoUser.find(jdbc, username).ifPresent(u -> jdbc.update(
                "INSERT INTO marac_member (marac_id, agency_id, representative_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                marac, u.agency(), u.id()));
    }
}
