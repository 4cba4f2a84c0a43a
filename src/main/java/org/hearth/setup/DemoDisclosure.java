package org.hearth.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's Clare's Law applications, held by the police's disclosure team (the {@code disclosure} account): under
 * both routes, across the year, some closed with a disclosure and some without, a few open (one overdue) so the due
 * and overdue lists and the figures have something in them. The people are victims and perpetrators of the demo's
 * referrals; the team holds {@code DISCLOSURE} grants on the people of the open ones. Written as rows, like the rest
 * of the demo's history.
 */
final class DemoDisclosure {

    private final JdbcTemplate jdbc;

    DemoDisclosure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the applications, held by {@code team}, the disclosure team's demo account. */
    void load(DemoUser team, LocalDate today) {
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                SELECT DISTINCT ON (r.victim_id) r.victim_id, p.person_id AS perpetrator_id
                FROM referral r JOIN referral_perpetrator p ON p.referral_id = r.id
                WHERE p.person_id <> r.victim_id ORDER BY r.victim_id, r.received_on DESC LIMIT 24""");
        int[] ages = {3, 12, 24, 35, 60, 80, 100, 130, 160, 190, 220, 250, 280, 300, 320, 340, 355, 18};
        for (int i = 0; i < pairs.size() && i < ages.length; i++) {
            UUID atRisk = (UUID) pairs.get(i).get("victim_id");
            UUID subject = (UUID) pairs.get(i).get("perpetrator_id");
            boolean ask = i % 3 != 2;
            // a third party asked for a few: the next pair's victim stands in as the concerned relative
            UUID applicant = !ask ? null : i % 4 == 1 && i + 1 < pairs.size()
                    ? (UUID) pairs.get(i + 1).get("victim_id") : atRisk;
            if (applicant != null && (applicant.equals(subject))) {
                applicant = atRisk;
            }
            LocalDate received = today.minusDays(ages[i]);
            boolean open = ages[i] < 40;
            boolean disclose = i % 5 != 3;
            UUID id = UUID.randomUUID();
            long number = jdbc.queryForObject("SELECT nextval('disclosure_application_number')", Long.class);
            LocalDate closed = open ? null : received.plusDays(14 + (i * 7) % 24);
            LocalDate forum = open ? (ages[i] > 20 ? received.plusDays(15) : null) : closed.minusDays(3);
            jdbc.update("""
                    INSERT INTO disclosure_application (id, reference, route, received_on, applicant_id,
                        applicant_relationship, person_at_risk_id, subject_id, immediate_risk, immediate_risk_action,
                        forum_on, forum_members, decision, lawful, necessary, proportionate, decision_recorded_by,
                        closed_on, recipient_id, delivered_by, safety_plan, no_disclosure_reason, agency_id,
                        recorded_by_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, false, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, "DVDS-" + received.getYear() + "-" + String.format("%04d", number),
                    ask ? "RIGHT_TO_ASK" : "RIGHT_TO_KNOW", received, applicant,
                    applicant == null ? null : applicant.equals(atRisk) ? "The person at risk" : "Sister",
                    atRisk, subject, forum,
                    forum == null ? null : "DI R. Hale (police, chair); A. Moss (probation); J. Ward (IDVA service)",
                    forum == null ? null : disclose ? "DISCLOSE" : "NO_DISCLOSURE",
                    forum == null ? null : "A pressing need under the police's common law powers to prevent crime.",
                    forum == null ? null : disclose ? "The subject's history of abuse of former partners puts the "
                            + "person at risk in danger; nothing less than disclosure would protect them."
                            : "The information held does not show a risk of harm from the subject.",
                    forum == null ? null : "Disclosure limited to what the person at risk needs to protect "
                            + "themselves, weighed against the subject's rights.",
                    forum == null ? null : team.name(),
                    closed, closed != null && disclose ? atRisk : null,
                    closed != null && disclose ? "PC J. Ashby and an IDVA (demo)" : null,
                    closed != null && disclose ? "Safety plan agreed with the IDVA service; referred for support."
                            : null,
                    closed != null && !disclose ? "Nothing relevant held: the forum decided no disclosure." : null,
                    team.agency(), team.name());
            jdbc.update("""
                    INSERT INTO disclosure_stage (application_id, stage, reached_on, note, recorded_by)
                    VALUES (?, 'CONTACT', ?, 'No immediate risk found', ?)""", id, received, team.name());
            if (ages[i] > 5) {
                jdbc.update("""
                        INSERT INTO disclosure_stage (application_id, stage, reached_on, note, recorded_by)
                        VALUES (?, 'FACE_TO_FACE', ?, 'Passport seen', ?)""", id, received.plusDays(4), team.name());
            }
            if (ages[i] > 12) {
                jdbc.update("""
                        INSERT INTO disclosure_stage (application_id, stage, reached_on, note, recorded_by)
                        VALUES (?, 'CHECKS', ?, NULL, ?)""", id, received.plusDays(10), team.name());
            }
            if (open) {
                for (UUID p : new UUID[] {applicant, atRisk, subject}) {
                    if (p != null) {
                        jdbc.update("""
                                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, approved_by,
                                    basis_kind, basis_id)
                                SELECT ?, ?, 'DISCLOSURE', 'RECORD', ?, ?, 'disclosure-application', ?
                                WHERE NOT EXISTS (SELECT 1 FROM person_access_grant WHERE person_id = ? AND user_id = ?
                                    AND ground = 'DISCLOSURE' AND ended_at IS NULL)""",
                                UUID.randomUUID(), p, team.id(), team.id(), id.toString(), p, team.id());
                    }
                }
            }
        }
    }
}
