package org.hearth.setup;

import org.hearth.platform.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's daily hub: a meeting per area on every working day of the last year (bank holidays from the calendar's
 * table), attended by the police and the IDVA service; on each agenda the demo's referrals of its window (from the
 * previous working day) that the hub referred on to MARAC or the IDVA service, and half of those it sent to outreach
 * (about 3,000 cases a year, the order of size of Leeds' hub, seed 003 §3.2.8); their decisions as sets (MARAC with
 * the IDVA service, children's social care where children were present); an action for the victim on every case,
 * for the children where there are any and for the perpetrator where one is named, most done, a few overdue; about
 * one case in 30 not reached and carried to the next meeting.
 */
final class DemoHub {

    private final JdbcTemplate jdbc;

    DemoHub(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads it, with {@code hub} (the demo hub coordinator's account) as the hub's user. */
    void load(UUID hub, LocalDate today) {
        Set<LocalDate> holidays = new HashSet<>(jdbc.queryForList("SELECT day FROM bank_holiday", LocalDate.class));
        List<Object[]> meetings = new ArrayList<>();
        List<Map<String, Object>> areas = jdbc.queryForList("SELECT id FROM area ORDER BY name");
        LocalDate previous = null;
        for (LocalDate d = today.minusDays(365); d.isBefore(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d)) {
                continue;
            }
            if (previous != null) {
                for (Map<String, Object> a : areas) {
                    meetings.add(new Object[] {UUID.randomUUID(), a.get("id"), d, previous, hub,
                        d.atTime(9, 30).atZone(org.hearth.platform.Dates.UK).toOffsetDateTime()});
                }
            }
            previous = d;
        }
        jdbc.batchUpdate("""
                INSERT INTO hub_meeting (id, area_id, meets_on, window_from, opened_by, opened_at, started_at)
                VALUES (?, ?, ?, ?, ?, ? - interval '1 hour', ?)""",
                meetings.stream().map(m -> new Object[] {m[0], m[1], m[2], m[3], m[4], m[5], m[5]}).toList());
        // the cases of each window, in agenda order (the police's or Hearth's grade, then the score)
        jdbc.update("""
                INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id,
                    perpetrator_ids, child_ids, children_present, grade, score, repeat_victim, serial_perpetrator,
                    position, decided_at, decided_by)
                SELECT gen_random_uuid(), m.id, r.id, r.reference, r.source, r.received_on, r.victim_id,
                       coalesce((SELECT array_agg(p.person_id) FROM referral_perpetrator p WHERE p.referral_id = r.id), '{}'),
                       coalesce((SELECT array_agg(c.person_id) FROM referral_child c WHERE c.referral_id = r.id), '{}'),
                       (SELECT count(*) FROM referral_child c WHERE c.referral_id = r.id AND c.present),
                       risk.final_grade, risk.score,
                       EXISTS (SELECT 1 FROM referral o WHERE o.victim_id = r.victim_id AND o.id <> r.id
                               AND o.received_on BETWEEN r.received_on - 365 AND r.received_on),
                       false,
                       row_number() OVER (PARTITION BY m.id ORDER BY CASE risk.final_grade WHEN 'HIGH' THEN 0
                           WHEN 'MEDIUM' THEN 1 WHEN 'STANDARD' THEN 3 ELSE 2 END, risk.score DESC NULLS LAST, r.reference),
                       m.started_at + interval '5 minutes', m.opened_by
                FROM hub_meeting m
                JOIN referral r ON r.area_id = m.area_id AND r.received_on >= m.window_from AND r.received_on < m.meets_on
                LEFT JOIN LATERAL (SELECT ra.final_grade, ra.score FROM risk_assessment ra WHERE ra.person_id = r.victim_id
                                   ORDER BY ra.assessed_on DESC LIMIT 1) risk ON true
                WHERE r.triage_outcome IN ('REFER_TO_MARAC', 'REFER_TO_IDVA')
                   OR (r.triage_outcome = 'OUTREACH' AND get_byte(uuid_send(r.id), 0) % 2 = 0)""");
        // about six minutes a case; decided in order
        jdbc.update("UPDATE hub_case c SET decided_at = m.started_at + c.position * interval '6 minutes' "
                + "FROM hub_meeting m WHERE m.id = c.meeting_id");
        // about one in 30 not reached, and carried to the next meeting of its area
        jdbc.update("""
                UPDATE hub_case SET not_reached = true, decided_at = NULL, decided_by = NULL
                WHERE get_byte(uuid_send(id), 1) < 9 AND meeting_id IN (
                    SELECT id FROM hub_meeting WHERE meets_on < ?)""", today.minusDays(7));
        jdbc.update("""
                INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id,
                    perpetrator_ids, child_ids, children_present, grade, score, repeat_victim, serial_perpetrator,
                    carried_over, position, decided_at, decided_by)
                SELECT gen_random_uuid(), n.id, c.referral_id, c.reference, c.source, c.received_on, c.victim_id,
                       c.perpetrator_ids, c.child_ids, c.children_present, c.grade, c.score, c.repeat_victim, false,
                       true, 0, n.started_at + interval '3 minutes', n.opened_by
                FROM hub_case c JOIN hub_meeting m ON m.id = c.meeting_id
                JOIN LATERAL (SELECT x.id, x.started_at, x.opened_by FROM hub_meeting x WHERE x.area_id = m.area_id
                              AND x.meets_on > m.meets_on ORDER BY x.meets_on LIMIT 1) n ON true
                WHERE c.not_reached
                ON CONFLICT (meeting_id, referral_id) DO NOTHING""");
        jdbc.update("""
                UPDATE hub_meeting m SET ended_at = m.started_at + interval '10 minutes'
                    + (SELECT count(*) FROM hub_case c WHERE c.meeting_id = m.id AND c.decided_at IS NOT NULL)
                      * interval '6 minutes'""");
        // the decisions as sets
        jdbc.update("""
                INSERT INTO referral_triage_decision (referral_id, outcome)
                SELECT id, triage_outcome FROM referral WHERE triage_outcome IS NOT NULL ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO referral_triage_decision (referral_id, outcome)
                SELECT referral_id, 'REFER_TO_IDVA' FROM hub_case c JOIN referral r ON r.id = c.referral_id
                WHERE r.triage_outcome = 'REFER_TO_MARAC' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO referral_triage_decision (referral_id, outcome)
                SELECT DISTINCT referral_id, 'REFER_TO_CHILDRENS_SOCIAL_CARE' FROM hub_case WHERE children_present > 0
                ON CONFLICT DO NOTHING""");
        // attendance: the police and the IDVA service, by their demo users
        jdbc.update("""
                INSERT INTO hub_attendance (meeting_id, agency_id, representative_id, recorded_at)
                SELECT m.id, u.agency_id, u.id, m.opened_at FROM hub_meeting m
                JOIN staff_user u ON u.username IN ('police', 'idva') ON CONFLICT DO NOTHING""");
        UUID police = DemoUser.agency(jdbc, "Northfield Police");
        UUID idva = DemoUser.agency(jdbc, "Northfield IDVA Service");
        UUID children = DemoUser.agency(jdbc, "Northfield Children's Social Care");
        UUID probation = DemoUser.agency(jdbc, "Northfield Probation Delivery Unit");
        if (police == null || idva == null || children == null || probation == null) {
            return;
        }
        action("VICTIM", "Contact the victim by the safe route and offer support; complete a DASH if none.", idva,
                "true", 2, today);
        action("CHILDREN", "Check the children's welfare and inform the school's designated safeguarding lead.",
                children, "c.children_present > 0", 1, today);
        action("PERPETRATOR", "Check bail conditions and offender management; consider a DVPN.", police,
                "cardinality(c.perpetrator_ids) > 0 AND get_byte(uuid_send(c.id), 2) % 2 = 0", 3, today);
        action("PERPETRATOR", "Consider a referral to the perpetrator programme.", probation,
                "cardinality(c.perpetrator_ids) > 0 AND get_byte(uuid_send(c.id), 2) % 2 = 1", 5, today);
    }

    /** One action per decided case matching {@code where}; done before its due date except the last fortnight's. */
    private void action(String subject, String description, UUID owner, String where, int days, LocalDate today) {
        jdbc.update("""
                INSERT INTO hub_action (id, case_id, subject, description, owner_agency_id, due_at, created_by,
                    created_at, done_at, done_by)
                SELECT gen_random_uuid(), c.id, ?, ?, ?, c.decided_at + ? * interval '1 day', c.decided_by, c.decided_at,
                       CASE WHEN m.meets_on < ? OR get_byte(uuid_send(c.id), 3) < 128
                            THEN c.decided_at + ? * interval '20 hours' END,
                       CASE WHEN m.meets_on < ? OR get_byte(uuid_send(c.id), 3) < 128 THEN c.decided_by END
                FROM hub_case c JOIN hub_meeting m ON m.id = c.meeting_id
                WHERE c.decided_at IS NOT NULL""" + " AND " + where,
                subject, description, owner, days, today.minusDays(14), days, today.minusDays(14));
    }
}
