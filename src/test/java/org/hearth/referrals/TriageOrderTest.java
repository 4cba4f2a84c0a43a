package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.WebSession.Page;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The triage queue puts a referral that was never assessed with the high-risk ones (it may be the most dangerous),
 * oldest first within each band, and says how long it has waited unassessed.
 */
@HearthIntegrationTest
class TriageOrderTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;

    @Test
    void unassessedReferralsRankWithHighRiskOldestFirst() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Triage Order Police"));
        UUID assessor = fixtures.enrolledUser(Role.PRACTITIONER).user().id().value();
        LocalDate today = LocalDate.now();
        String standardToday = referral(agency, today, "STANDARD", assessor);
        String unassessedOld = referral(agency, today.minusDays(100), null, assessor);
        String mediumOlder = referral(agency, today.minusDays(50), "MEDIUM", assessor);
        String highRecent = referral(agency, today.minusDays(10), "HIGH", assessor);
        String unassessedToday = referral(agency, today, null, assessor);

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        List<Element> rows = hub.get("/triage?agency=" + agency.id().value()).html().select("#queue tbody tr");

        assertThat(rows.stream().map(r -> r.selectFirst("td a").text()).toList())
                .containsExactly(unassessedOld, highRecent, unassessedToday, mediumOlder, standardToday);
        // the risk column says "Not assessed"; how long it has waited is the waiting column's, said once
        assertThat(rows.get(0).select("td").eachText()).contains("Not assessed", "100 days")
                .noneMatch(cell -> cell.contains("Not assessed") && cell.contains("days"));
        assertThat(rows.get(2).select("td").eachText()).contains("Not assessed", "Today");
    }

    /**
     * The victim's latest assessment is kept with her waiting referral (the risk module's read model) in the
     * transaction that records it: the queue moves the referral at once, My work's "not assessed" follows, and a
     * decision takes the referral out of the read model.
     */
    @Test
    void anAssessmentRecordedMovesItsWaitingReferralAtOnce() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Triage Band Police"));
        UUID assessor = fixtures.enrolledUser(Role.PRACTITIONER).user().id().value();
        LocalDate today = LocalDate.now();
        String older = referral(agency, today.minusDays(5), null, assessor);
        String newer = referral(agency, today.minusDays(1), null, assessor);
        UUID olderId = jdbc.sql("SELECT id FROM referral WHERE reference = ?").param(older).query(UUID.class).single();
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(olderId).query(UUID.class).single();
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        String queue = "/triage?agency=" + agency.id().value();
        assertThat(references(hub.get(queue))).containsExactly(older, newer);
        long unassessed = notAssessed(hub);

        Map<String, String> standard = new java.util.LinkedHashMap<>();
        standard.put("questionnaire", "SAFELIVES_RIC");
        standard.put("version", "1");
        standard.put("assessedOn.day", String.valueOf(today.getDayOfMonth()));
        standard.put("assessedOn.month", String.valueOf(today.getMonthValue()));
        standard.put("assessedOn.year", String.valueOf(today.getYear()));
        for (int n = 1; n <= 24; n++) {
            standard.put("answer-" + n, "NO");
        }
        standard.put("grade", "STANDARD");
        Page saved = hub.post("/people/" + victim + "/risk", standard);
        assertThat(saved.status()).isEqualTo(303);

        List<Element> rows = hub.get(queue).html().select("#queue tbody tr");
        assertThat(rows.stream().map(r -> r.selectFirst("td a").text()).toList())
                .as("standard risk now: after the never-assessed one").containsExactly(newer, older);
        assertThat(rows.get(1).text()).contains("Standard");
        assertThat(notAssessed(hub)).isEqualTo(unassessed - 1);
        assertThat(jdbc.sql("SELECT final_grade FROM risk_waiting_band WHERE referral_id = ?").param(olderId)
                .query(String.class).single()).isEqualTo("STANDARD");

        jdbc.sql("""
                UPDATE referral SET triage_outcome = 'NO_FURTHER_ACTION', triage_reason = 'Test referral',
                    triaged_at = now() WHERE id = ?""").param(olderId).update();
        assertThat(jdbc.sql("SELECT count(*) FROM risk_waiting_band WHERE referral_id = ?").param(olderId)
                .query(Long.class).single()).as("decided: no longer kept").isZero();
        assertThat(references(hub.get(queue))).containsExactly(newer);
    }

    private static List<String> references(Page page) {
        return page.html().select("#queue tbody tr").stream().map(r -> r.selectFirst("td a").text()).toList();
    }

    /** My work's "N not assessed" of the waiting referrals (every agency's). */
    private static long notAssessed(WebSession hub) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) not assessed")
                .matcher(hub.get("/").html().text());
        assertThat(m.find()).as("My work counts the waiting referrals not assessed").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The "Triage Test Area" (made if need be). */
    private synchronized AreaId area() {
        fixtures.agency("Test Agency");
        return partnerships.areas().stream().filter(a -> a.name().equals("Triage Test Area")).findFirst()
                .map(a -> a.id()).orElseGet(() -> partnerships.addArea("Triage Test Area", 50000).id());
    }

    /**
     * The queue pages by 50 and its page links keep the filters; a page number below 1 is page 1; the filters show
     * what was chosen.
     */
    @Test
    void theQueuePagesKeepingItsFilters() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Triage Paging Police"));
        UUID assessor = fixtures.enrolledUser(Role.PRACTITIONER).user().id().value();
        AreaId area = area();
        for (int i = 0; i < 51; i++) {
            String reference = referral(agency, LocalDate.now().minusDays(i), null, assessor);
            jdbc.sql("UPDATE referral SET area_id = ? WHERE reference = ?").params(area.value(), reference).update();
        }
        try {
            pages(agency, area);
        } finally {
            // out of the shared queue again: 51 waiting referrals would push other tests' referrals off its first page
            jdbc.sql("""
                    UPDATE referral SET triage_outcome = 'NO_FURTHER_ACTION', triage_reason = 'Test referral',
                        triaged_at = now() WHERE referring_agency_id = ? AND triage_outcome IS NULL""")
                    .param(agency.id().value()).update();
        }
    }

    private void pages(Agency agency, AreaId area) {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));

        Page first = hub.get("/triage?agency=" + agency.id().value() + "&page=0");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().selectFirst("#queue caption").text()).isEqualTo("51 waiting");
        assertThat(first.html().select("#queue tbody tr")).hasSize(50);
        assertThat(first.html().selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/triage?page=2&agency=" + agency.id().value());
        assertThat(first.html().selectFirst("#agency option[selected]").attr("value"))
                .isEqualTo(agency.id().value().toString());

        Page both = hub.get("/triage?area=" + area.value() + "&agency=" + agency.id().value() + "&page=-3");
        assertThat(both.html().select("#queue tbody tr")).hasSize(50);
        assertThat(both.html().selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/triage?page=2&area=" + area.value() + "&agency=" + agency.id().value());
        assertThat(both.html().selectFirst("#area option[selected]").attr("value")).isEqualTo(area.value().toString());
        Page second = hub.get(both.html().selectFirst("a[rel=next]").attr("href"));
        assertThat(second.html().select("#queue tbody tr")).hasSize(1);
        assertThat(second.html().selectFirst("a[rel=prev]").attr("href"))
                .isEqualTo("/triage?page=1&area=" + area.value() + "&agency=" + agency.id().value());
    }

    /**
     * The triage decision: hub coordinators only; an outcome and a reason are both needed, each refusal naming its
     * field; a reason is kept to 2,000 characters; the decision is confirmed on the queue.
     */
    @Test
    void aTriageDecisionNeedsAnOutcomeAndAReasonFromTheHub() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Triage Decision Police"));
        UUID assessor = fixtures.enrolledUser(Role.PRACTITIONER).user().id().value();
        String reference = referral(agency, LocalDate.now(), null, assessor);
        UUID id = jdbc.sql("SELECT id FROM referral WHERE reference = ?").param(reference).query(UUID.class).single();
        String path = "/referrals/" + id + "/triage";

        WebSession partnership = new WebSession(port);
        partnership.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.PARTNERSHIP_COORDINATOR));
        partnership.get("/triage");
        assertThat(partnership.post(path, Map.of("outcome", "SIGNPOST", "reason", "Not for the hub to decide")).status())
                .isEqualTo(403);

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        hub.get("/referrals/" + id);
        Page noOutcome = hub.post(path, Map.of("reason", "A reason without a decision"));
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.errorSummary()).contains("Select at least one decision");
        assertThat(noOutcome.html().select("#outcome-error")).hasSize(1);
        assertThat(noOutcome.html().select("#reason-error")).isEmpty();
        Page blankChoice = hub.post(path, Map.of("outcome", "", "reason", "A reason without a decision"));
        assertThat(blankChoice.status()).as("a blank choice is no decision, never an error page").isEqualTo(400);
        assertThat(blankChoice.html().select("#outcome-error")).hasSize(1);
        Page noReason = hub.post(path, Map.of("outcome", "SIGNPOST", "reason", "   "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.html().select("#reason-error").text()).contains("Give the reason for this decision");
        assertThat(noReason.html().select("#outcome-error")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE id = ? AND triage_outcome IS NULL").param(id)
                .query(Integer.class).single()).as("nothing decided by a refused post").isEqualTo(1);

        Page tooLong = hub.post(path, Map.of("outcome", "SIGNPOST", "reason", "r".repeat(2001)));
        assertThat(tooLong.status()).as("a reason over 2,000 characters is refused, never cut").isEqualTo(400);
        assertThat(tooLong.html().select("#reason-error")).hasSize(1);
        Page decided = hub.post(path, Map.of("outcome", "SIGNPOST", "reason", "r".repeat(2000)));
        assertThat(decided.status()).isEqualTo(303);
        assertThat(decided.location()).endsWith("/triage");
        assertThat(hub.get("/triage").html().select(".govuk-notification-banner").text())
                .contains("Triage decision recorded: " + org.hearth.referrals.TriageOutcome.SIGNPOST.label() + ".");
        assertThat(jdbc.sql("SELECT triage_outcome || ' ' || length(triage_reason) FROM referral WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("SIGNPOST 2000");
    }

    /** A referral received on the day, its victim assessed at that grade (or never, when null); its reference. */
    private String referral(Agency agency, LocalDate received, String grade, UUID assessor) {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, Fixtures.uniqueName("Tq"), Fixtures.uniqueName("Tq"), assessor).update();
        UUID id = UUID.randomUUID();
        String reference = "TQ-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN')""")
                .params(id, reference, agency.id().value(), received, victim).update();
        if (grade != null) {
            UUID questionnaire = jdbc.sql("SELECT id FROM risk_questionnaire WHERE code = 'SAFELIVES_RIC' AND version = 1")
                    .query(UUID.class).single();
            jdbc.sql("""
                    INSERT INTO risk_assessment (id, person_id, questionnaire_id, assessor_id, agency_id, assessed_on,
                        referral_id, score, high_risk_threshold, visible_high_risk, suggested_grade, final_grade)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 5, 14, false, ?, ?)""")
                    .params(UUID.randomUUID(), victim, questionnaire, assessor, agency.id().value(), received, id, grade,
                            grade)
                    .update();
        }
        return reference;
    }
}
