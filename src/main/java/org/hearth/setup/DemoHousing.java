package org.hearth.setup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's sanctuary scheme and refuge referrals, made by the IDVA ({@code idva}) for victims on her caseload.
 * Sanctuary: coordinated by the IDVA service's second IDVA ({@code idva2}), surveyed by the police officer
 * ({@code police}), the works fitted by the council's housing options team as contractor; one referral waiting for its
 * survey, one with the marker asked for and a job booked, one with works fitted and checked, one with the follow-up
 * falling due, and closed ones (stayed safely, moved, failed). Refuge: providers with places and the vacancies they
 * reported (Haven Refuge's named worker is {@code refuge}; two providers outside the partnership), referrals waiting
 * for the provider, accepted and moved in (the stay in the person's address history, as the people module writes it),
 * moved out, no space, declined by the refuge with a reason, declined by the victim and not suitable. Written as rows,
 * like the rest of the demo's history; loads once (nothing if a provider exists already).
 */
final class DemoHousing {

    private final JdbcTemplate jdbc;

    DemoHousing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(LocalDate today) {
        if (jdbc.queryForObject("SELECT count(*) FROM refuge_provider", Integer.class) > 0) {
            return;
        }
        DemoUser idvaUser = DemoUser.find(jdbc, "idva").orElse(null);
        UUID coordinator = DemoUser.idOf(jdbc, "idva2");
        UUID police = DemoUser.idOf(jdbc, "police");
        UUID refuge = DemoUser.idOf(jdbc, "refuge");
        UUID contractor = DemoUser.agency(jdbc, "Northfield City Council Housing Options");
        if (idvaUser == null || coordinator == null || police == null || contractor == null) {
            return;
        }
        UUID idva = idvaUser.id();
        UUID idvaAgency = idvaUser.agency();
        // victims on the IDVAs' caseloads (idva's first), with their area and current home address
        List<Map<String, Object>> victims = jdbc.queryForList("""
                SELECT g.person_id, g.worker,
                       (SELECT r.area_id FROM referral r WHERE r.victim_id = g.person_id
                        ORDER BY r.received_on DESC LIMIT 1) AS area_id,
                       a.line1, a.town, a.postcode
                FROM (SELECT DISTINCT ON (person_id) person_id, user_id AS worker, starts_at
                      FROM person_access_grant WHERE user_id IN (?, ?) AND ground = 'ALLOCATED'
                          AND basis_kind = 'casework-case' AND ended_at IS NULL
                      ORDER BY person_id, user_id = ? DESC) g
                LEFT JOIN LATERAL (SELECT line1, town, postcode FROM person_address x WHERE x.person_id = g.person_id
                    AND x.to_date IS NULL AND NOT x.in_refuge AND x.line1 IS NOT NULL AND x.postcode IS NOT NULL
                    ORDER BY x.from_date DESC NULLS LAST LIMIT 1) a ON true
                ORDER BY g.worker = ? DESC, g.starts_at, g.person_id LIMIT 16""", idva, coordinator, idva, idva);
        if (victims.size() < 16) {
            return;
        }
        sanctuary(today, victims.subList(0, 7), idva, idvaAgency, coordinator, police, contractor);
        refuge(today, victims.subList(7, 16), idvaAgency, refuge);
    }

    // ---------------------------------------------------------------------------------------------- sanctuary

    private void sanctuary(LocalDate today, List<Map<String, Object>> victims, UUID idva, UUID idvaAgency,
            UUID coordinator, UUID police, UUID contractor) {
        // {age of the referral, tenure, surveyed after, marker asked, marker confirmed after, jobs (days after the
        //  referral it was fitted, -1: booked not fitted), outcome, closed after}
        Object[][] plan = {
            {4, "OWNER", null, false, null, new int[0], null, null},
            {21, "SOCIAL_TENANT", 6, true, null, new int[] {-1, -1}, null, null},
            {58, "OWNER", 5, true, 19, new int[] {12, 13, 13}, null, null},
            {104, "PRIVATE_TENANT", 4, true, 12, new int[] {9, 10}, null, null},
            {290, "OWNER", 6, true, 20, new int[] {14, 15, 15, 16}, "STAYED_SAFELY", 120},
            {220, "SOCIAL_TENANT", 5, true, 18, new int[] {11}, "MOVED", 105},
            {330, "OWNER", 8, false, null, new int[] {15, 16}, "FAILED", 130},
        };
        String[][] measures = {
            {"LOCKS", "Two British Standard deadlocks, front and back doors", "24550"},
            {"DOOR", "Solid core front door with a door viewer and a chain", "68000"},
            {"LIGHTING", "Motion sensor light over the back door", "8500"},
            {"ALARM", "Monitored alarm with a panic button by the bed", "32000"},
        };
        // numbered in the order they were made: the oldest first
        Integer[] order = java.util.stream.IntStream.range(0, plan.length).boxed()
                .sorted(java.util.Comparator.comparing(k -> -(Integer) plan[k][0])).toArray(Integer[]::new);
        for (int i : order) {
            Object[] p = plan[i];
            Map<String, Object> v = victims.get(i);
            UUID person = (UUID) v.get("person_id");
            UUID referrer = (UUID) v.get("worker");
            UUID schemeCoordinator = referrer.equals(coordinator) ? idva : coordinator;
            LocalDate referred = today.minusDays((Integer) p[0]);
            String tenure = (String) p[1];
            LocalDate surveyed = p[2] == null ? null : referred.plusDays((Integer) p[2]);
            LocalDate markerAsked = (Boolean) p[3] ? surveyed : null;
            LocalDate markerConfirmed = p[4] == null ? null : referred.plusDays((Integer) p[4]);
            int[] jobs = (int[]) p[5];
            String outcome = (String) p[6];
            LocalDate closed = p[7] == null ? null : referred.plusDays((Integer) p[7]);
            LocalDate consent = tenure.equals("OWNER") ? null : referred.plusDays(3);
            LocalDate lastFitted = null;
            for (int fitted : jobs) {
                if (fitted >= 0 && (lastFitted == null || referred.plusDays(fitted).isAfter(lastFitted))) {
                    lastFitted = referred.plusDays(fitted);
                }
            }
            UUID id = UUID.randomUUID();
            long number = jdbc.queryForObject("SELECT nextval('sanctuary_referral_number')", Long.class);
            String reference = "SAN-" + referred.getYear() + "-" + String.format("%04d", number);
            UUID coordinatorGrant = grant(person, schemeCoordinator, "sanctuary-referral", id, referred, closed);
            UUID surveyorGrant = grant(person, police, "sanctuary-referral", id, referred, closed);
            String line1 = v.get("line1") == null ? (10 + i * 7) + " Rowan Close" : (String) v.get("line1");
            String town = v.get("town") == null ? "Northfield" : (String) v.get("town");
            String postcode = v.get("postcode") == null ? "NF4 " + (i + 2) + "RW" : (String) v.get("postcode");
            jdbc.update("""
                    INSERT INTO sanctuary_referral (id, reference, person_id, area_id, referred_on, address_line1,
                        town, postcode, victim_chooses, perpetrator_absent, tenure, landlord_consent_on, high_risk,
                        referring_agency_id, referred_by, coordinator_id, coordinator_grant_id, surveyor_id,
                        surveyor_grant_id, surveyed_on, survey_findings, marker_requested_on, marker_confirmed_on,
                        follow_up_due_on, followed_up_on, outcome, outcome_note, closed_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, true, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, reference, person, v.get("area_id"), referred, line1, town, postcode, tenure, consent,
                    i % 2 == 1, idvaAgency, referrer, schemeCoordinator, coordinatorGrant, police, surveyorGrant, surveyed,
                    surveyed == null ? null : "Front door weak at the hinges, no lock on the back door, the side "
                            + "passage unlit. Recommended: deadlocks, a solid door, lighting at the back.",
                    markerAsked, markerConfirmed, lastFitted == null ? null : lastFitted.plusMonths(3), closed,
                    outcome, outcome == null ? null : switch (outcome) {
                        case "STAYED_SAFELY" -> "Feels safe at home; no further incidents reported since the works.";
                        case "MOVED" -> "Moved to a council property in another area through a management transfer.";
                        default -> "The perpetrator returned to the home; she is supported by the IDVA service.";
                    }, closed);
            for (int j = 0; j < jobs.length; j++) {
                String[] m = measures[j % measures.length];
                LocalDate fitted = jobs[j] < 0 ? null : referred.plusDays(jobs[j]);
                LocalDate booked = fitted != null ? fitted.minusDays(2) : today.plusDays(3 + j);
                // a safety check for all but the newest fit of a referral still open
                LocalDate checked = fitted == null || (closed == null && fitted.equals(lastFitted) && j % 2 == 0)
                        ? null : fitted.plusDays(j % 3);
                jdbc.update("""
                        INSERT INTO sanctuary_job (id, referral_id, reference, measure, detail, contractor_id,
                            booked_on, cost_pence, fitted_on, safety_checked_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), id, reference + "-J" + (j + 1),
                        m[0], m[1], contractor, booked, Long.parseLong(m[2]), fitted,
                        checked != null && checked.isAfter(today) ? null : checked);
            }
        }
    }

    /** An {@code ALLOCATED} grant of the record to a named member of staff; ended on {@code ended} (if any). */
    private UUID grant(UUID person, UUID user, String basis, UUID record, LocalDate from, LocalDate ended) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, starts_at, approved_by,
                    basis_kind, basis_id, ended_at, ended_by)
                VALUES (?, ?, 'ALLOCATED', 'RECORD', ?, ?, ?, ?, ?, ?, ?)""", id, person, user,
                java.sql.Timestamp.valueOf(from.atTime(10, 0)), user, basis, record.toString(),
                ended == null ? null : java.sql.Timestamp.valueOf(ended.atTime(16, 0)), ended == null ? null : user);
        return id;
    }

    // ------------------------------------------------------------------------------------------------- refuge

    private void refuge(LocalDate today, List<Map<String, Object>> victims, UUID idvaAgency, UUID refugeWorker) {
        UUID haven = provider(today, "Haven Refuge", DemoUser.area(jdbc, "Northfield City"), null, DemoUser.agency(jdbc, "Haven Refuge"), refugeWorker,
                18, 2, 2, 1, new int[][] {{60, 2}, {25, 0}, {9, 1}, {1, 1}});
        UUID kingsmoor = provider(today, "Kingsmoor Family Refuge", DemoUser.area(jdbc, "Kingsmoor"), null, null, null, 8, 1, 1, 0,
                new int[][] {{30, 1}, {4, 0}});
        UUID eastvale = provider(today, "Eastvale Women's Refuge", DemoUser.area(jdbc, "Eastvale"), null, null, null, 10, 0, 1, 0,
                new int[][] {{12, 2}});
        UUID westmoor = provider(today, "Westmoor Refuge Partnership", null, "Westmoor", null, null, 12, 2, 1, 1,
                new int[][] {{40, 3}, {6, 2}});
        UUID asha = provider(today, "Asha Refuge for South Asian Women", null, "Bradley", null, null, 6, 0, 0, 2,
                new int[][] {{15, 1}});
        String idvaName = jdbc.queryForObject("SELECT name FROM agency WHERE id = ?", String.class, idvaAgency);
        // {victim, provider, age, children, older son, disability, language, nrpf, note, outcome, reason, outcome
        //  note, decided after, moved in after, moved out after}
        Object[][] plan = {
            {0, haven, 3, 2, false, false, false, false, "Two children, 4 and 7; needs a ground floor room",
                null, null, null, null, null, null},
            {1, haven, 30, 1, false, false, false, false, null, "ACCEPTED", null, null, 2, 3, null},
            {2, haven, 150, 0, false, true, false, false, "Uses a wheelchair", "ACCEPTED", null, null, 1, 3, 90},
            {3, kingsmoor, 46, 3, true, false, false, false, "Her eldest son is 15", "NO_SPACE", null, null, 1, null,
                null},
            {3, westmoor, 45, 3, true, false, false, false, "Her eldest son is 15", "ACCEPTED", null, null, 1, 3,
                null},
            {4, haven, 120, 2, true, false, false, false, "A son of 16 and a daughter of 9", "DECLINED_BY_REFUGE",
                "OLDER_SON", "No place for an older son free this month", 2, null, null},
            {5, eastvale, 200, 0, false, false, false, false, null, "NOT_SUITABLE", "MENTAL_HEALTH",
                "Needs more support than the refuge can give: referred to the crisis team with her consent", 3, null,
                null},
            {6, eastvale, 70, 1, false, false, false, false, null, "DECLINED_BY_VICTIM", null,
                "She chose to stay with her sister", 5, null, null},
            {7, eastvale, 250, 2, false, false, false, false, null, "NO_SPACE", null, null, 1, null, null},
            {8, asha, 20, 1, false, false, true, true, "Speaks Urdu and Punjabi; no recourse to public funds",
                "ACCEPTED", null, null, 1, 2, null},
        };
        java.util.Arrays.sort(plan, java.util.Comparator.comparing(p -> -(Integer) p[2]));
        for (Object[] p : plan) {
            Map<String, Object> v = victims.get((Integer) p[0]);
            UUID person = (UUID) v.get("person_id");
            UUID provider = (UUID) p[1];
            LocalDate referred = today.minusDays((Integer) p[2]);
            String outcome = (String) p[9];
            LocalDate decided = p[12] == null ? null : referred.plusDays((Integer) p[12]);
            LocalDate movedIn = p[13] == null ? null : referred.plusDays((Integer) p[13]);
            LocalDate movedOut = p[14] == null ? null : referred.plusDays((Integer) p[14]);
            UUID id = UUID.randomUUID();
            long number = jdbc.queryForObject("SELECT nextval('refuge_referral_number')", Long.class);
            String reference = "REF-" + referred.getYear() + "-" + String.format("%04d", number);
            // the provider's named worker holds the record until anything but accepted, or the move out
            UUID worker = jdbc.queryForObject("SELECT named_worker_id FROM refuge_provider WHERE id = ?", UUID.class,
                    provider);
            LocalDate grantEnds = outcome == null ? null : !outcome.equals("ACCEPTED") ? decided : movedOut;
            UUID grant = worker == null ? null : grant(person, worker, "refuge-referral", id, referred, grantEnds);
            jdbc.update("""
                    INSERT INTO refuge_referral (id, reference, person_id, provider_id, area_id, referred_on,
                        referring_agency_id, referred_by, worker_grant_id, children, older_son, disability, language,
                        nrpf, needs_note, outcome, outcome_reason, outcome_note, outcome_on, moved_in_on,
                        moved_out_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, reference, person, provider, v.get("area_id"), referred, idvaAgency, v.get("worker"), grant,
                    p[3], p[4],
                    p[5], p[6], p[7], p[8], outcome, p[10], p[11], decided, movedIn, movedOut);
            if (movedIn != null) {
                // as the people module writes a stay heard from housing: the home ended, the stay confidential
                jdbc.update("""
                        UPDATE person_address SET to_date = ? WHERE person_id = ? AND to_date IS NULL
                            AND (from_date IS NULL OR from_date <= ?)""", movedIn, person, movedIn);
                jdbc.update("""
                        INSERT INTO person_address (id, person_id, from_date, to_date, confidential, in_refuge,
                            refuge_service, refuge_stay_id)
                        VALUES (?, ?, ?, ?, true, true, ?, ?)""", UUID.randomUUID(), person, movedIn, movedOut,
                        idvaName + " (refuge referral " + reference + ")", id);
            }
        }
    }

    /** A provider, with the vacancies it reported ({days ago, vacancies}, oldest first). */
    private UUID provider(LocalDate today, String name, UUID area, String elsewhere, UUID agency, UUID worker,
            int places, int olderSons, int disabled, int nrpf, int[][] vacancies) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO refuge_provider (id, name, area_id, elsewhere, agency_id, named_worker_id, places,
                    places_older_sons, places_disabled_access, places_nrpf)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, name, area, area == null ? (elsewhere == null ? "Northfield" : elsewhere) : null, agency,
                worker, places, olderSons, disabled, nrpf);
        List<Object[]> rows = new ArrayList<>();
        for (int[] v : vacancies) {
            rows.add(new Object[] {UUID.randomUUID(), id, v[1], today.minusDays(v[0]),
                    agency == null ? "The partnership's coordinator, from Routes to Support" : name});
        }
        jdbc.batchUpdate("""
                INSERT INTO refuge_vacancy (id, provider_id, vacancies, reported_on, reported_by)
                VALUES (?, ?, ?, ?, ?)""", rows);
        return id;
    }
}
