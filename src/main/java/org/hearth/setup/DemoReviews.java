package org.hearth.setup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's death reviews, run by the partnership coordinator ({@code coordinator}): one published with its action
 * plan (recommendations with themes, some completed, one overdue), one in progress with the police representative and
 * an IDVA on the panel (holding {@code REVIEW} grants on the deceased and the perpetrator), one awaiting its decision
 * and one not held (the Home Office told). The people are victims and perpetrators of the demo's oldest referrals.
 * Written as rows, like the rest of the demo's history.
 */
final class DemoReviews {

    private final JdbcTemplate jdbc;

    DemoReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the reviews, opened by {@code coordinator}, the demo partnership coordinator. */
    void load(DemoUser coordinator, LocalDate today) {
        UUID coordinatorId = coordinator.id();
        String coordinatorName = coordinator.name();
        List<DemoUser> panel = java.util.stream.Stream.of("police", "idva").map(u -> DemoUser.find(jdbc, u))
                .flatMap(java.util.Optional::stream).toList();
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                SELECT DISTINCT ON (r.victim_id) r.victim_id, p.person_id AS perpetrator_id, r.received_on
                FROM referral r JOIN referral_perpetrator p ON p.referral_id = r.id
                WHERE p.person_id <> r.victim_id ORDER BY r.victim_id, r.received_on""");
        pairs = pairs.stream().sorted(java.util.Comparator.comparing(m -> String.valueOf(m.get("received_on"))))
                .limit(4).toList();
        if (pairs.size() < 4) {
            return;
        }
        List<UUID> agencies = jdbc.queryForList("SELECT id FROM agency WHERE active ORDER BY name", UUID.class);
        UUID police = DemoUser.find(jdbc, "police").map(DemoUser::agency).orElse(agencies.get(0));

        // published, with its action plan
        UUID published = review(pairs.get(0), "Adult A", today.minusDays(300), today.minusDays(280), true,
                police, coordinatorId, coordinatorName, today.minusDays(40), "PUBLISHED",
                "Found dead at home; her former partner was charged with her murder.");
        panel(published, panel, coordinatorName, today.minusDays(270), false, pairs.get(0), coordinatorId);
        jdbc.update("UPDATE review SET chair = 'Dr M. Hartley (independent chair)' WHERE id = ?", published);
        request(published, agencies.get(0), "CHRONOLOGY", today.minusDays(265), today.minusDays(235), today.minusDays(238));
        request(published, police, "IMR", today.minusDays(265), today.minusDays(215), today.minusDays(214));
        Object[][] stages = {{"TERMS_OF_REFERENCE", 268}, {"FAMILY_CONTACT", 260}, {"PANEL_MEETING", 240},
            {"PANEL_MEETING", 200}, {"DRAFT", 150}, {"SUBMITTED_TO_QA", 120}, {"QA_FEEDBACK", 90},
            {"QA_APPROVED", 60}, {"PUBLISHED", 40}};
        for (Object[] s : stages) {
            stage(published, (String) s[0], today.minusDays((Integer) s[1]), coordinatorName);
        }
        Object[][] recs = {
            {"GP practices ask about domestic abuse when a patient presents with anxiety or injuries.",
                "GP did not ask about abuse", 1, 120, "DONE"},
            {"The police check the history of both parties before closing a call as a verbal argument.",
                "History not checked at call", 0, 90, "DONE"},
            {"Housing officers are trained to recognise economic abuse in rent arrears cases.",
                "Economic abuse not recognised", 2, 80, "IN_PROGRESS"},
            {"Agencies share information with the IDVA service when a MARAC case is closed.",
                "Information not shared", 3, 60, "OPEN"}};
        for (int i = 0; i < recs.length; i++) {
            Object[] c = recs[i];
            boolean done = "DONE".equals(c[4]);
            jdbc.update("""
                    INSERT INTO review_recommendation (id, review_id, number, text, theme, owner_agency_id, due_on,
                        status, completed_on, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    UUID.randomUUID(), published, i + 1, c[0], c[1], agencies.get((Integer) c[2] % agencies.size()),
                    // two completed, one due soon (in 20 days), one overdue
                    i == 3 ? today.minusDays(15) : today.minusDays(60).plusDays((Integer) c[3]), c[4],
                    done ? today.minusDays(10 + i) : null,
                    done ? "Training delivered and audited; the audit report is held by the partnership." : null);
        }

        // in progress: the panel holds grants on the deceased and the perpetrator
        UUID running = review(pairs.get(1), "Jo", today.minusDays(60), today.minusDays(35), true, police,
                coordinatorId, coordinatorName, null, null, "Died in hospital after an assault at home.");
        jdbc.update("UPDATE review SET chair = 'S. Adeyemi (independent chair)' WHERE id = ?", running);
        panel(running, panel, coordinatorName, today.minusDays(30), true, pairs.get(1), coordinatorId);
        request(running, police, "CHRONOLOGY", today.minusDays(30), today.minusDays(2), null);
        request(running, agencies.get(1 % agencies.size()), "CHRONOLOGY", today.minusDays(30), today.minusDays(5),
                today.minusDays(7));
        stage(running, "TERMS_OF_REFERENCE", today.minusDays(28), coordinatorName);
        stage(running, "FAMILY_CONTACT", today.minusDays(20), coordinatorName);
        stage(running, "PANEL_MEETING", today.minusDays(14), coordinatorName);

        // awaiting the decision (due within the month)
        UUID awaiting = review(pairs.get(2), "Adult B", today.minusDays(10), null, null, police, coordinatorId,
                coordinatorName, null, null, "Found dead; the police are investigating.");
        for (Object person : new Object[] {pairs.get(2).get("victim_id"), pairs.get(2).get("perpetrator_id")}) {
            jdbc.update("""
                    INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, approved_by, basis_kind,
                        basis_id) VALUES (?, ?, 'REVIEW', 'RECORD', ?, ?, 'review', ?)""",
                    UUID.randomUUID(), person, coordinatorId, coordinatorId, awaiting.toString());
        }
        // not held: the Home Office told
        UUID notHeld = review(pairs.get(3), "Adult C", today.minusDays(200), today.minusDays(180), false, police,
                coordinatorId, coordinatorName, today.minusDays(180), "NOT_HELD", "Died of natural causes.");
        jdbc.update("UPDATE review SET home_office_told_on = ? WHERE id = ?", today.minusDays(178), notHeld);
    }

    private UUID review(Map<String, Object> pair, String pseudonym, LocalDate notified, LocalDate decided, Boolean hold,
            UUID agency, UUID coordinator, String coordinatorName, LocalDate closed, String closedReason,
            String circumstances) {
        UUID id = UUID.randomUUID();
        long number = jdbc.queryForObject("SELECT nextval('review_number')", Long.class);
        jdbc.update("""
                INSERT INTO review (id, reference, pseudonym, deceased_id, perpetrator_id, died_on, notified_on,
                    notifying_agency_id, circumstances, decision_due_on, decided_on, hold, decision_rationale,
                    home_office_told_on, completion_due_on, closed_on, closed_reason, opened_by, opened_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, "DARDR-" + notified.getYear() + "-" + String.format("%03d", number), pseudonym,
                pair.get("victim_id"), pair.get("perpetrator_id"), notified.minusDays(4), notified, agency,
                circumstances, notified.plusMonths(1), decided, hold,
                decided == null ? null : Boolean.TRUE.equals(hold)
                        ? "An intimate partner relationship: the death meets the criteria for a review."
                        : "No domestic abuse found: the criteria for a review are not met.",
                Boolean.FALSE.equals(hold) ? decided : null,
                Boolean.TRUE.equals(hold) ? decided.plusMonths(6) : null, closed, closedReason, coordinator,
                coordinatorName);
        return id;
    }

    /** The panel's members (the opening coordinator is not one); with {@code grants}, their and her grants. */
    private void panel(UUID review, List<DemoUser> members, String addedBy, LocalDate on, boolean grants,
            Map<String, Object> pair, UUID coordinator) {
        for (DemoUser u : members) {
            jdbc.update("""
                    INSERT INTO review_panel_member (review_id, staff_user_id, agency_id, added_on, added_by)
                    VALUES (?, ?, ?, ?, ?)""", review, u.id(), u.agency(), on, addedBy);
        }
        if (!grants) {
            return;
        }
        List<UUID> holders = new java.util.ArrayList<>(List.of(coordinator));
        members.forEach(u -> holders.add(u.id()));
        for (UUID holder : holders) {
            for (Object person : new Object[] {pair.get("victim_id"), pair.get("perpetrator_id")}) {
                jdbc.update("""
                        INSERT INTO person_access_grant (id, person_id, ground, scope, user_id, approved_by, basis_kind,
                            basis_id) VALUES (?, ?, 'REVIEW', 'RECORD', ?, ?, 'review', ?)""",
                        UUID.randomUUID(), person, holder, coordinator, review.toString());
            }
        }
    }

    private void request(UUID review, UUID agency, String kind, LocalDate asked, LocalDate due, LocalDate returned) {
        jdbc.update("""
                INSERT INTO review_request (id, review_id, agency_id, kind, requested_on, due_on, returned_on)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", UUID.randomUUID(), review, agency, kind, asked,
                due, returned);
    }

    private void stage(UUID review, String stage, LocalDate on, String by) {
        jdbc.update("""
                INSERT INTO review_stage (id, review_id, stage, reached_on, note, recorded_by)
                VALUES (?, ?, ?, ?, NULL, ?)""", UUID.randomUUID(), review, stage, on, by);
    }
}
