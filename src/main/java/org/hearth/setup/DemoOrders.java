package org.hearth.setup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's protective orders, on victims and perpetrators of the demo's referrals that the police and the IDVA
 * service are involved with: DVPNs given yesterday whose hearing is not yet recorded, DVPOs about to end, a
 * non-molestation order within its warning, restraining orders and bail conditions, DAPOs, and a year of earlier
 * orders (ended), some of them breached, so "My work" and the figures of orders made and breached have something in
 * them. Written as rows, like the rest of the demo's history.
 */
final class DemoOrders {

    private final JdbcTemplate jdbc;

    DemoOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(LocalDate today) {
        DemoUser police = DemoUser.find(jdbc, "police").orElse(null);
        if (police == null) {
            return;
        }
        DemoUser idva = DemoUser.find(jdbc, "idva").orElse(police);
        // victims and perpetrators of recent referrals the police are involved with (latest first)
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                SELECT DISTINCT ON (r.victim_id) r.victim_id, p.person_id AS perpetrator_id, r.received_on
                FROM referral r JOIN referral_perpetrator p ON p.referral_id = r.id
                WHERE EXISTS (SELECT 1 FROM person_access_grant g WHERE g.person_id = r.victim_id
                        AND g.agency_id = ? AND g.ended_at IS NULL)
                  AND p.person_id <> r.victim_id
                ORDER BY r.victim_id, r.received_on DESC LIMIT 60""", police.agency());
        pairs = new java.util.ArrayList<>(pairs);
        pairs.sort(java.util.Comparator.comparing(m -> m.get("victim_id").toString()));
        int i = 0;
        for (Map<String, Object> pair : pairs) {
            UUID victim = (UUID) pair.get("victim_id");
            UUID perpetrator = (UUID) pair.get("perpetrator_id");
            // the IDVA service works with a third of them: it sees their orders and their warnings
            if (i % 3 == 0 && idva != police) {
                jdbc.update("""
                        INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id)
                        SELECT ?, ?, 'RECORDED', 'RECORD', ?
                        WHERE NOT EXISTS (SELECT 1 FROM person_access_grant WHERE person_id = ? AND agency_id = ?
                            AND ended_at IS NULL)""", UUID.randomUUID(), victim, idva.agency(), victim,
                        idva.agency());
            }
            DemoUser by = i % 3 == 0 ? idva : police;
            switch (i % 10) {
                case 0 -> { // a DVPN given last night: the hearing of the DVPO is due
                    ZonedDateTime notice = today.minusDays(1).atTime(21, 30).atZone(Dates.UK);
                    order("DVPN", victim, perpetrator, "POLICE", "Supt A. Marlow (demo)", notice, null, notice,
                            null, today.minusDays(1), today.plusDays(1), "Not to enter the victim's home or come "
                                    + "within 100 metres of it.", false, by);
                }
                case 1 -> { // a 14-day DVPO ending tomorrow
                    ZonedDateTime hearing = today.minusDays(12).atTime(10, 0).atZone(Dates.UK);
                    UUID o = order("DVPO", victim, perpetrator, "POLICE", null, hearing, hearing.minusHours(30),
                            hearing.plusHours(2), hearing, today.minusDays(12), today.plusDays(1),
                            "Not to contact the victim directly or through others; not to enter the street.", false,
                            by);
                    breach(o, today.minusDays(4), "ARRESTED", "Came to the victim's home; arrested at the scene.", by);
                }
                case 2 -> { // a 28-day DVPO made this week: no warning yet
                    ZonedDateTime hearing = today.minusDays(3).atTime(14, 0).atZone(Dates.UK);
                    order("DVPO", victim, perpetrator, "POLICE", null, hearing, hearing.minusHours(40),
                            hearing.plusHours(1), hearing, today.minusDays(3), today.minusDays(3).plusDays(27),
                            "Not to contact the victim or enter the home.", false, by);
                }
                case 3 -> { // a six-month non-molestation order ending within its 28-day warning
                    ZonedDateTime made = today.minusDays(170).atTime(11, 0).atZone(Dates.UK);
                    UUID o = order("NON_MOLESTATION", victim, perpetrator, "VICTIM", null, made, null,
                            made.plusDays(1), made, today.minusDays(170), today.plusDays(12),
                            "Not to use or threaten violence; not to contact the applicant by any means.", false, by);
                    breach(o, today.minusDays(60), "CHARGED", "Repeated messages; charged under s42A.", by);
                }
                case 4 -> { // a restraining order on conviction, two years
                    ZonedDateTime made = today.minusDays(200).atTime(15, 0).atZone(Dates.UK);
                    UUID o = order("RESTRAINING", victim, perpetrator, "COURT", null, made, null, made, made,
                            today.minusDays(200), today.minusDays(200).plusYears(2),
                            "Not to contact the victim; not to enter the area marked on the map.", false, by);
                    breach(o, today.minusDays(90), "UNDER_INVESTIGATION", null, by);
                    breach(o, today.minusDays(20), "ARRESTED", "Seen outside the victim's workplace.", by);
                }
                case 5 -> { // bail conditions with electronic monitoring
                    ZonedDateTime made = today.minusDays(20).atTime(17, 0).atZone(Dates.UK);
                    order("BAIL", victim, perpetrator, "COURT", null, made, null, made, null, today.minusDays(20),
                            today.plusDays(5), "To live and sleep at an address away from the victim; curfew 19:00 "
                                    + "to 07:00.", true, by);
                }
                case 6 -> { // a DAPO applied for by the victim, with a notification clock met
                    ZonedDateTime made = today.minusDays(40).atTime(12, 0).atZone(Dates.UK);
                    UUID o = order("DAPO", victim, perpetrator, "VICTIM", null, made, null, made.plusHours(5), made,
                            today.minusDays(40), null, "Not to contact the victim; to attend a behaviour change "
                                    + "programme; electronic monitoring of the exclusion zone.", true, by);
                    jdbc.update("UPDATE protective_order SET subject_notified_at = ? WHERE id = ?",
                            Timestamp.from(made.plusDays(2).toInstant()), o);
                }
                default -> { // an earlier DVPO across the year, ended
                    LocalDate on = today.minusDays(40 + (i * 11L) % 320);
                    ZonedDateTime hearing = on.atTime(10, 30).atZone(Dates.UK);
                    UUID o = order("DVPO", victim, perpetrator, "POLICE", null, hearing, hearing.minusHours(26),
                            hearing.plusHours(1), hearing, on, on.plusDays(27), "Not to contact the victim.", false,
                            by);
                    if (i % 4 == 0) {
                        breach(o, on.plusDays(9), i % 8 == 0 ? "CHARGED" : "NO_FURTHER_ACTION", null, by);
                    }
                }
            }
            i++;
        }
    }

    private UUID order(String type, UUID victim, UUID subject, String applicant, String authorisedBy,
            ZonedDateTime made, ZonedDateTime notice, ZonedDateTime served, ZonedDateTime hearing, LocalDate starts,
            LocalDate ends, String conditions, boolean monitoring, DemoUser by) {
        UUID id = UUID.randomUUID();
        Long number = jdbc.queryForObject("SELECT nextval('protective_order_number')", Long.class);
        jdbc.update("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, authorised_by, made_at,
                    notice_at, served_at, hearing_at, starts_on, ends_on, conditions, electronic_monitoring,
                    recorded_by, recorded_by_name, agency_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id,
                "PO-" + made.getYear() + "-" + String.format("%05d", number), type, subject, applicant, authorisedBy,
                ts(made), ts(notice), ts(served), ts(hearing), starts, ends, conditions, monitoring, by.id(),
                by.name(), by.agency(), ts(made));
        jdbc.update("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)", id, victim);
        return id;
    }

    private void breach(UUID order, LocalDate on, String response, String details, DemoUser by) {
        jdbc.update("""
                INSERT INTO order_breach (id, order_id, occurred_on, police_response, details, recorded_by,
                    recorded_by_name, agency_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), order, on, response, details, by.id(), by.name(),
                by.agency(), Timestamp.from(Instant.now()));
    }

    private static Timestamp ts(ZonedDateTime t) {
        return t == null ? null : Timestamp.from(t.toInstant());
    }
}
