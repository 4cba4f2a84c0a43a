package org.hearth.setup;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo MARACs' year of meetings as held (for {@link DemoMarac}): attendance by member agency (one meeting in
 * five the IDVA service sends a deputy, one in seven apologies), minutes per case (each closed at its meeting),
 * minutes issued, research from each member agency on each case (most returned on time, some late, a few never),
 * and two actions a case (for the victim, owned by the IDVA service; for the perpetrator, owned by the police) drawn
 * from varied texts: of those due, most done on time with a progress note, a few late and about one in ten still
 * open (overdue); of those not yet due, some done and the rest open; the owners' representatives hold MARAC_ACTION
 * on the open ones.
 */
final class DemoMaracHistory {

    private final JdbcTemplate jdbc;

    DemoMaracHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The past meetings (published before today) as held: attendance, minutes, research, actions. */
    void held(LocalDate today, UUID hub) {
        jdbc.update("""
                UPDATE marac_meeting SET held_at = (meets_on + time '13:00') AT TIME ZONE 'Europe/London', held_by = ?,
                    minutes_issued_at = (meets_on + 1 + time '10:00') AT TIME ZONE 'Europe/London', minutes_issued_by = ?
                WHERE meets_on < ? AND published_at IS NOT NULL""", hub, hub, today);
        // every member present, but one meeting in five the IDVA service sends a deputy and one in seven apologies
        jdbc.update("""
                INSERT INTO marac_attendance (meeting_id, agency_id, status, recorded_at, recorded_by)
                SELECT mt.id, mm.agency_id,
                       CASE WHEN abs(hashtext(mt.id::text || mm.agency_id::text)) % 7 = 0 THEN 'APOLOGIES'
                            WHEN abs(hashtext(mt.id::text || mm.agency_id::text)) % 5 = 0 THEN 'DEPUTY'
                            ELSE 'PRESENT' END, mt.held_at, ?
                FROM marac_meeting mt JOIN marac_member mm ON mm.marac_id = mt.marac_id
                WHERE mt.held_at IS NOT NULL ON CONFLICT DO NOTHING""", hub);
        jdbc.update("""
                INSERT INTO marac_case (meeting_id, marac_referral_id, minutes, idva_update, outcome, updated_at, updated_by)
                SELECT r.meeting_id, r.id,
                       'Risk discussed: ' || CASE WHEN r.repeat THEN 'a repeat referral; ' ELSE '' END
                           || 'agencies shared what their records hold; safety plan reviewed; actions agreed.',
                       'The IDVA is in contact; the victim wants support to stay safe at home.', 'CLOSED', mt.held_at, ?
                FROM marac_referral r JOIN marac_meeting mt ON mt.id = r.meeting_id
                WHERE mt.held_at IS NOT NULL ON CONFLICT DO NOTHING""", hub);
        jdbc.update("""
                UPDATE marac_referral r SET closed_on = mt.meets_on FROM marac_meeting mt
                WHERE mt.id = r.meeting_id AND mt.held_at IS NOT NULL""");
        research();
        // two actions a case, one for the victim (the IDVA service) and one for the perpetrator (the police), each
        // drawn from what MARACs commonly agree, due two to four weeks after the meeting. Of those now due, most were
        // done by their due day, a few late and about one in ten is still open (overdue); of those not yet due, some
        // are done already and the rest are open
        action("idva", "VICTIM", new String[][] {
            {"Safety plan reviewed with the victim; sanctuary scheme assessment", "Perpetrator knows the address"},
            {"Support the victim to apply for a non-molestation order", "Ongoing harassment and threats"},
            {"Refer the victim to the housing options team for a safe move", "Victim wants to leave the shared home"},
            {"Arrange a safe contact routine and a code word with the victim", "Perpetrator monitors her phone"},
            {"Referral to the specialist children and young people's worker", "Children witness the abuse"},
            {"Accompany the victim to the GP about the strangulation injuries", "Non-fatal strangulation"}},
                new int[] {14, 21}, today, hub);
        action("police", "PERPETRATOR", new String[][] {
            {"Check bail conditions and flag the address for a priority response", "Breach of bail; threats to kill"},
            {"Place a warning marker on the address and the victim's mobile number", "Perpetrator knows the address"},
            {"Trace and arrest the perpetrator for the outstanding assault", "Perpetrator wanted for assault"},
            {"Consider a Clare's Law disclosure of the perpetrator's previous violence", "Victim unaware of his history"},
            {"Review the breaches of the non-molestation order with the CPS", "Order breached three times"},
            {"Neighbourhood officer to visit the perpetrator and give a harassment warning", "Messages and calls daily"},
            {"Check for firearms and shotgun certificates at the perpetrator's address", "Access to weapons"},
            {"Apply for a Domestic Abuse Protection Notice if he returns", "Escalating violence after separation"}},
                new int[] {14, 21, 28}, today, hub);
        jdbc.update("""
                INSERT INTO marac_action_progress (id, action_id, note, evidence, completes, recorded_at, recorded_by,
                    recorded_by_name)
                SELECT gen_random_uuid(), a.id, 'Done as agreed at the meeting.', 'Recorded on the agency''s own system',
                       true, a.closed_at, a.closed_by, a.closed_by_name
                FROM marac_action a WHERE a.closed_at IS NOT NULL""");
        // the owners' representatives read the people of their open actions until each closes
        jdbc.update("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, starts_at, expires_at,
                    approved_by, basis_kind, basis_id)
                SELECT gen_random_uuid(), p.person_id, 'MARAC_ACTION', 'RECORD', mm.representative_id, a.created_at,
                       ((a.due_on + interval '12 months' + interval '1 day')::date) AT TIME ZONE 'Europe/London'
                           - interval '1 minute', ?, 'marac-action', a.id::text
                FROM marac_action a JOIN marac_meeting mt ON mt.id = a.meeting_id
                JOIN marac_member mm ON mm.marac_id = mt.marac_id AND mm.agency_id = a.owner_agency_id
                JOIN LATERAL (SELECT r.victim_id AS person_id FROM marac_referral r
                              WHERE r.id = a.marac_referral_id AND a.subject <> 'PERPETRATOR'
                              UNION SELECT rp.person_id FROM marac_referral_perpetrator rp
                              WHERE rp.marac_referral_id = a.marac_referral_id AND a.subject = 'PERPETRATOR') p ON true
                WHERE a.closed_at IS NULL""", hub);
    }

    private static String array(String[][] pairs, int column) {
        StringBuilder b = new StringBuilder("ARRAY[");
        for (int i = 0; i < pairs.length; i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(pairs[i][column].replace("'", "''")).append('\'');
        }
        return b.append("]").toString();
    }

    /** One action a case held, owned by {@code owner}'s agency, varied text, due and outcome (see {@link #held}). */
    private void action(String owner, String subject, String[][] texts, int[] dueDays, LocalDate today, UUID hub) {
        StringBuilder days = new StringBuilder("ARRAY[");
        for (int i = 0; i < dueDays.length; i++) {
            days.append(i == 0 ? "" : ", ").append(dueDays[i]);
        }
        days.append("]");
        jdbc.update("""
                WITH c AS (
                    SELECT mt.id AS meeting, r.id AS referral, mt.meets_on, mt.held_at, u.agency_id, u.id AS uid,
                           u.display_name,
                           1 + abs(hashtext(r.id::text || ?)) %% %d AS pick,
                           abs(hashtext(r.id::text || ? || 'done')) %% 20 AS k,
                           mt.meets_on + (%s)[1 + abs(hashtext(r.id::text || ? || 'due')) %% %d] AS due
                    FROM marac_referral r JOIN marac_meeting mt ON mt.id = r.meeting_id
                    JOIN marac_member mm ON mm.marac_id = mt.marac_id
                    JOIN staff_user u ON u.id = mm.representative_id AND u.username = ?
                    WHERE mt.held_at IS NOT NULL),
                d AS (
                    SELECT c.*, CASE
                        WHEN c.due < CAST(? AS date) AND c.k < 2 THEN NULL
                        WHEN c.due < CAST(? AS date) AND c.k < 4 THEN LEAST(c.due + 1 + c.k, CAST(? AS date) - 1)
                        WHEN c.due < CAST(? AS date) THEN GREATEST(c.meets_on + 1, c.due - c.k %% 5)
                        WHEN c.k < 8 AND c.meets_on + 1 < CAST(? AS date) THEN LEAST(c.meets_on + 1 + c.k, CAST(? AS date) - 1)
                        END AS done_on
                    FROM c)
                INSERT INTO marac_action (id, meeting_id, marac_referral_id, subject, description, risk,
                    owner_agency_id, due_on, created_at, created_by, closed_at, closed_by, closed_by_name)
                SELECT gen_random_uuid(), d.meeting, d.referral, ?, (%s)[d.pick], (%s)[d.pick], d.agency_id, d.due,
                       d.held_at, ?, (d.done_on + time '15:00') AT TIME ZONE 'Europe/London',
                       CASE WHEN d.done_on IS NOT NULL THEN d.uid END,
                       CASE WHEN d.done_on IS NOT NULL THEN d.display_name END
                FROM d""".formatted(texts.length, days, dueDays.length, array(texts, 0), array(texts, 1)),
                owner, owner, owner, owner, today, today, today, today, today, today, subject, hub);
    }

    /**
     * Research at the meetings held: each member agency's task on each case, due 2 working days before; most came
     * back by then, some late (the day after it was due) and a few never (overdue at the meeting).
     */
    private void research() {
        jdbc.update("""
                INSERT INTO marac_research (id, meeting_id, marac_referral_id, agency_id, due_on, nothing_held,
                    victim_facts, children_facts, perpetrator_facts, opinion, returned_at, returned_by, returned_by_name)
                SELECT gen_random_uuid(), t.meeting, t.referral, t.agency_id, t.due,
                       t.returned AND t.k %% 9 = 0,
                       CASE WHEN t.returned AND t.k %% 9 <> 0 THEN t.victim END,
                       CASE WHEN t.returned AND t.k %% 9 <> 0 AND t.k %% 2 = 0 THEN t.children END,
                       CASE WHEN t.returned AND t.k %% 9 <> 0 THEN t.perpetrator END,
                       CASE WHEN t.returned AND t.k %% 9 <> 0 AND t.k %% 3 = 0 THEN t.opinion END,
                       CASE WHEN NOT t.returned THEN NULL
                            WHEN t.k < 5 THEN ((t.due + 1) + time '11:00') AT TIME ZONE 'Europe/London'
                            ELSE ((t.due - t.k %% 3) + time '16:00') AT TIME ZONE 'Europe/London' END,
                       CASE WHEN t.returned THEN t.uid END, CASE WHEN t.returned THEN t.display_name END
                FROM (SELECT mt.id AS meeting, r.id AS referral, mm.agency_id, %s AS due, u.id AS uid, u.display_name,
                             abs(hashtext(r.id::text || mm.agency_id::text || 'research')) %% 25 AS k,
                             abs(hashtext(r.id::text || mm.agency_id::text || 'research')) %% 25 >= 2 AS returned,
                             CASE WHEN u.username = 'police'
                                  THEN 'Two call-outs to the address in the last six months; one recorded as verbal only.'
                                  ELSE 'Known to the IDVA service since the first referral; in contact weekly.' END AS victim,
                             'Two children at the address, aged 4 and 9; both at the local primary school.' AS children,
                             CASE WHEN u.username = 'police'
                                  THEN 'Convictions for assault (2019) and criminal damage (2021); on bail until next month.'
                                  ELSE 'The victim reports he checks her phone and controls the money.' END AS perpetrator,
                             'Risk is escalating since the separation.' AS opinion
                      FROM marac_referral r JOIN marac_meeting mt ON mt.id = r.meeting_id
                      JOIN marac_member mm ON mm.marac_id = mt.marac_id
                      JOIN staff_user u ON u.id = mm.representative_id
                      WHERE mt.held_at IS NOT NULL) t
                ON CONFLICT DO NOTHING""".formatted(DemoMarac.twoWorkingDaysBefore("mt.meets_on")));
    }
}
