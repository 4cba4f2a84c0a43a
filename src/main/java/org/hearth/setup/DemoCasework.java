package org.hearth.setup;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.calendar.WorkingDays;
import org.hearth.platform.Dates;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's casework: an IDVA service at the demo IDVA's agency with the demo IDVA as its manager and full-time
 * worker, and a second full-time IDVA ({@code idva2}); an IDVA case for each victim the demo referred to MARAC (every
 * MARAC case is offered an IDVA): the most recent {@value #OPEN} open and allocated to her (near the top of the 60-80
 * guide), the next {@value #SECOND} to the second IDVA, most with first contact made and intake outcomes, some still
 * waiting, some with a safety plan or court dates; the next {@value #WAITING} waiting in the allocation queue, older
 * ones closed with a reason and (unless the person disengaged) exit outcomes. First
 * contact is due 2 working days after referral ({@link WorkingDays}); the worker and her agency hold the grants
 * allocation makes.
 */
final class DemoCasework {

    static final int OPEN = 74;
    /** The second IDVA's open cases: about half the guide, room for more. */
    static final int SECOND = 40;
    static final int WAITING = 5;
    private static final String[] REASONS = {"RISK_REDUCED", "SUPPORT_COMPLETE", "MOVED_AWAY", "DISENGAGED",
        "RISK_REDUCED", "TRANSFERRED"};
    private static final String[] ABUSE = {"PHYSICAL", "SEXUAL", "HARASSMENT_STALKING", "JEALOUS_CONTROLLING"};

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;

    DemoCasework(JdbcTemplate jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /** Loads the casework, its service at the agency of {@code idva}, the demo IDVA. */
    void load(DemoUser idva, LocalDate today) {
        UUID user = idva.id();
        UUID agency = idva.agency();
        UUID service = UUID.randomUUID();
        jdbc.update("INSERT INTO casework_service (id, agency_id, kind, name) VALUES (?, ?, 'IDVA', ?)", service,
                agency, "Northfield IDVA casework");
        jdbc.update("INSERT INTO casework_worker (service_id, user_id, fte, manager) VALUES (?, ?, 1.00, true)",
                service, user);
        UUID user2 = DemoUser.idOf(jdbc, "idva2");
        if (user2 != null) {
            jdbc.update("INSERT INTO casework_worker (service_id, user_id, fte, manager) VALUES (?, ?, 1.00, false)",
                    service, user2);
        }
        int secondOpen = user2 == null ? 0 : SECOND;
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
            int openAll = OPEN + secondOpen;
            String status = i < openAll ? "OPEN" : i < openAll + WAITING ? "AWAITING_ALLOCATION" : "CLOSED";
            boolean allocated = !status.equals("AWAITING_ALLOCATION");
            UUID worker = i >= OPEN && i < openAll || status.equals("CLOSED") && user2 != null && i % 2 == 0 ? user2
                    : user;
            LocalDate closedOn = null;
            String reason = null;
            if (status.equals("CLOSED")) {
                closedOn = on.plusDays(60 + i % 60);
                if (!closedOn.isBefore(today)) {
                    closedOn = today.minusDays(1 + i % 7);
                }
                if (closedOn.isBefore(on)) {
                    closedOn = on;
                }
                reason = REASONS[i % REASONS.length];
            }
            // cases not yet due, and every seventh open case, still wait for first contact; the others were reached
            // on the due date
            boolean contacted = allocated && due.isBefore(today) && !(status.equals("OPEN") && i % 7 == 3);
            Timestamp contact = contacted ? Timestamp.from(due.atTime(LocalTime.of(10, 30)).atZone(Dates.UK).toInstant()) : null;
            jdbc.update("""
                    INSERT INTO casework_case (id, reference, service_id, person_id, source, source_id, source_kind,
                        referred_on, referred_by, reason, status, worker_id, allocated_at, first_contact_due,
                        first_attempt_at, first_contact_at, engagement, closed_on, closure_reason)
                    VALUES (?, 'CW-' || ? || '-' || lpad(nextval('casework_case_number')::text, 5, '0'), ?, ?, 'MARAC',
                        ?, 'IDVA', ?, 'MARAC', 'Referred to MARAC: every MARAC case is offered an IDVA', ?, ?, ?, ?,
                        ?, ?, ?, ?, ?)""",
                    id, on.getYear(), service, person, r.get("id"), on, status, allocated ? worker : null,
                    allocated ? Timestamp.from(on.atTime(LocalTime.of(9, 0)).atZone(Dates.UK).toInstant()) : null, due,
                    contact, contact, contacted ? (i % 5 == 0 ? "NOT_ENGAGED" : "ENGAGED") : null,
                    closedOn == null ? null : java.sql.Date.valueOf(closedOn), reason);
            if (contacted) {
                if (i % 3 == 0) {
                    contact(id, user, Timestamp.from(on.atTime(LocalTime.of(16, 0)).atZone(Dates.UK).toInstant()),
                            "PHONE_CALL", "NO_ANSWER");
                }
                contact(id, worker, contact, i % 2 == 0 ? "PHONE_CALL" : "TEXT", "SPOKE");
            }
            if (status.equals("OPEN")) {
                grant(person, null, worker, "SAFE_CONTACT", id);
                grant(person, agency, null, "RECORD", id);
                if (contacted) {
                    outcome(id, worker, "INTAKE", i % 3 == 0 ? "MEDIUM" : "HIGH", on, i, false);
                }
                if (contacted && i % 4 == 0) {
                    jdbc.update("""
                            INSERT INTO casework_safety_plan (case_id, version, safe_contacts, escape_plan, code_word,
                                technology, recorded_by, recorded_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)""", id,
                            "Sister (mobile saved under a work name); the IDVA service", "Leave by the back door to a"
                                    + " neighbour's; taxi number saved", "Bluebell", "Location sharing turned off;"
                                    + " new email account", worker, contact);
                }
                if (i % 6 == 1) {
                    court(id, worker, on, today, i);
                }
            }
            if (status.equals("CLOSED")) {
                boolean outcomes = !reason.equals("DISENGAGED");
                if (outcomes) {
                    outcome(id, worker, "INTAKE", "HIGH", on, i, false);
                    outcome(id, worker, "EXIT", i % 4 == 0 ? "MEDIUM" : "STANDARD", closedOn, i, true);
                }
                jdbc.update("""
                        INSERT INTO casework_closure (id, case_id, closed_on, reason, closed_by) VALUES (?, ?, ?, ?, ?)""",
                        UUID.randomUUID(), id, java.sql.Date.valueOf(closedOn), reason, worker);
            }
            i++;
        }
    }

    /** Outcomes at a stage: at intake abuse present (sexual abuse for some); at exit mostly stopped or reduced. */
    private void outcome(UUID caseId, UUID user, String stage, String risk, LocalDate on, int i, boolean exit) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO casework_outcome (id, case_id, stage, recorded_on, risk, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""", id, caseId, stage, java.sql.Date.valueOf(on), risk, user);
        for (int k = 0; k < ABUSE.length; k++) {
            boolean present = k != 1 || i % 3 == 0;
            String answer = !present ? "NOT_PRESENT" : !exit ? "PRESENT"
                    : (i + k) % 5 == 0 ? "PRESENT" : (i + k) % 3 == 0 ? "REDUCED" : "STOPPED";
            jdbc.update("INSERT INTO casework_outcome_answer (outcome_id, measure_code, answer) VALUES (?, ?, ?)",
                    id, ABUSE[k], answer);
        }
        if (exit) {
            jdbc.update("INSERT INTO casework_outcome_answer (outcome_id, measure_code, answer) VALUES (?, ?, ?)",
                    id, "FEELS_SAFER", i % 5 == 0 ? "PARTLY" : i % 11 == 0 ? "NO" : "YES");
            jdbc.update("INSERT INTO casework_outcome_answer (outcome_id, measure_code, answer) VALUES (?, ?, ?)",
                    id, "QUALITY_OF_LIFE", i % 3 == 0 ? "PARTLY" : "YES");
        }
    }

    /** A charge after the referral and a hearing in the coming weeks, with screens asked for. */
    private void court(UUID caseId, UUID user, LocalDate referred, LocalDate today, int i) {
        LocalDate charged = referred.plusDays(3).isAfter(today) ? today : referred.plusDays(3);
        jdbc.update("""
                INSERT INTO casework_court_event (id, case_id, kind, event_on, details, recorded_by)
                VALUES (?, ?, 'CHARGE', ?, 'Assault occasioning actual bodily harm', ?)""", UUID.randomUUID(), caseId,
                java.sql.Date.valueOf(charged), user);
        jdbc.update("""
                INSERT INTO casework_court_event (id, case_id, kind, event_on, event_time, court, recorded_by)
                VALUES (?, ?, ?, ?, '10:00', 'Northfield Magistrates'' Court', ?)""", UUID.randomUUID(), caseId,
                i % 4 == 1 ? "TRIAL" : "FIRST_HEARING", java.sql.Date.valueOf(today.plusDays(3 + i % 40)), user);
        jdbc.update("""
                INSERT INTO casework_special_measure (id, case_id, measure, status, requested_on, recorded_by)
                VALUES (?, ?, 'SCREENS', 'REQUESTED', ?, ?)""", UUID.randomUUID(), caseId,
                java.sql.Date.valueOf(charged), user);
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
