package org.hearth.setup;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.calendar.WorkingDays;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's casework: an IDVA service at the demo IDVA's agency with the demo IDVA as its manager and full-time
 * worker; an IDVA case for each victim the demo referred to MARAC (every MARAC case is offered an IDVA): the most
 * recent {@value #OPEN} open and allocated to her (near the top of the 60-80 guide), most with first contact made
 * and some still waiting, the next {@value #WAITING} waiting in the allocation queue, older ones closed. First
 * contact is due 2 working days after referral ({@link WorkingDays}); the worker and her agency hold the grants
 * allocation makes.
 */
final class DemoCasework {

    static final int OPEN = 74;
    static final int WAITING = 5;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;

    DemoCasework(JdbcTemplate jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    void load(LocalDate today) {
        List<Map<String, Object>> idva = jdbc.queryForList(
                "SELECT id, agency_id FROM staff_user WHERE username = 'idva'");
        if (idva.isEmpty()) {
            return;
        }
        UUID user = (UUID) idva.get(0).get("id");
        UUID agency = (UUID) idva.get(0).get("agency_id");
        UUID service = UUID.randomUUID();
        jdbc.update("INSERT INTO casework_service (id, agency_id, kind, name) VALUES (?, ?, 'IDVA', ?)", service,
                agency, "Northfield IDVA casework");
        jdbc.update("INSERT INTO casework_worker (service_id, user_id, fte, manager) VALUES (?, ?, 1.00, true)",
                service, user);
        // newest first: one case per victim, from their latest referral to MARAC
        List<Map<String, Object>> referrals = jdbc.queryForList("""
                SELECT * FROM (SELECT DISTINCT ON (victim_id) id, victim_id, referred_on FROM marac_referral
                               ORDER BY victim_id, referred_on DESC) m
                ORDER BY referred_on DESC, id""");
        int i = 0;
        for (Map<String, Object> r : referrals) {
            UUID id = UUID.randomUUID();
            UUID person = (UUID) r.get("victim_id");
            LocalDate on = ((java.sql.Date) r.get("referred_on")).toLocalDate();
            LocalDate due = workingDays.addWorkingDays(on, 2);
            String status = i < OPEN ? "OPEN" : i < OPEN + WAITING ? "AWAITING_ALLOCATION" : "CLOSED";
            boolean allocated = !status.equals("AWAITING_ALLOCATION");
            // cases not yet due, and every seventh open case, still wait for first contact; the others were reached
            // on the due date
            boolean contacted = allocated && due.isBefore(today) && !(status.equals("OPEN") && i % 7 == 3);
            Timestamp contact = contacted ? Timestamp.from(due.atTime(LocalTime.of(10, 30)).atZone(UK).toInstant()) : null;
            jdbc.update("""
                    INSERT INTO casework_case (id, reference, service_id, person_id, source, source_id, source_kind,
                        referred_on, referred_by, reason, status, worker_id, allocated_at, first_contact_due,
                        first_attempt_at, first_contact_at, engagement)
                    VALUES (?, 'CW-' || ? || '-' || lpad(nextval('casework_case_number')::text, 5, '0'), ?, ?, 'MARAC',
                        ?, 'IDVA', ?, 'MARAC', 'Referred to MARAC: every MARAC case is offered an IDVA', ?, ?, ?, ?,
                        ?, ?, ?)""",
                    id, on.getYear(), service, person, r.get("id"), on, status, allocated ? user : null,
                    allocated ? Timestamp.from(on.atTime(LocalTime.of(9, 0)).atZone(UK).toInstant()) : null, due,
                    contact, contact, contacted ? (i % 5 == 0 ? "NOT_ENGAGED" : "ENGAGED") : null);
            if (contacted) {
                if (i % 3 == 0) {
                    contact(id, user, Timestamp.from(on.atTime(LocalTime.of(16, 0)).atZone(UK).toInstant()),
                            "PHONE_CALL", "NO_ANSWER");
                }
                contact(id, user, contact, i % 2 == 0 ? "PHONE_CALL" : "TEXT", "SPOKE");
            }
            if (status.equals("OPEN")) {
                grant(person, null, user, "SAFE_CONTACT", id);
                grant(person, agency, null, "RECORD", id);
            }
            i++;
        }
    }

    private void contact(UUID caseId, UUID user, Timestamp at, String method, String outcome) {
        jdbc.update("""
                INSERT INTO casework_contact (id, case_id, attempted_at, method, outcome, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), caseId, at, method, outcome, user, at);
    }

    private void grant(UUID person, UUID agency, UUID user, String scope, UUID caseId) {
        jdbc.update("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, user_id, approved_by,
                    basis_kind, basis_id) VALUES (?, ?, 'ALLOCATED', ?, ?, ?, ?, 'casework-case', ?)""",
                UUID.randomUUID(), person, scope, agency, user, user, caseId.toString());
    }
}
