package org.hearth.referrals;

import org.hearth.platform.Dates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A practitioner makes referrals through the web door; the hub triages them. */
@HearthIntegrationTest
class ReferralJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private static String unique() {
        return Fixtures.uniqueName("Qx");
    }

    private static Map<String, String> referral(String victimFamily, String perpetratorFamily) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> f = new HashMap<>();
        f.put("incidentDate.day", String.valueOf(yesterday.getDayOfMonth()));
        f.put("incidentDate.month", String.valueOf(yesterday.getMonthValue()));
        f.put("incidentDate.year", String.valueOf(yesterday.getYear()));
        f.put("incidentTime", "21:30");
        f.put("victimGivenName", "Fern");
        f.put("victimFamilyName", victimFamily);
        f.put("victimDateOfBirth.day", "14");
        f.put("victimDateOfBirth.month", "2");
        f.put("victimDateOfBirth.year", "1991");
        f.put("victimSex", "FEMALE");
        f.put("perpetratorKnown", "true");
        f.put("perpetratorGivenName", "Gary");
        f.put("perpetratorFamilyName", perpetratorFamily);
        f.put("perpetratorDateOfBirth.day", "3");
        f.put("perpetratorDateOfBirth.month", "10");
        f.put("perpetratorDateOfBirth.year", "1987");
        f.put("relationship", "INTIMATE_PARTNER");
        f.put("children[0].givenName", "Hal");
        f.put("children[0].familyName", victimFamily);
        f.put("children[0].age", "6");
        f.put("children[0].present", "true");
        f.put("abuseTypes", "PHYSICAL");
        f.put("consent", "GIVEN");
        f.put("narrative", "Neighbours called police after shouting; victim has a bruised arm.");
        return f;
    }

    /** Fills the form, checks answers, picks the people, sends; returns the referral id. */
    private String send(WebSession web, Map<String, String> form, Map<String, String> choices) {
        web.open("/referrals/new");
        Page posted = web.post("/referrals/new", form);
        assertThat(posted.status()).as(String.valueOf(posted.errorSummary())).isEqualTo(303);
        Page check = web.open(posted.location());
        assertThat(check.html().title()).startsWith("Check your referral");
        Page sent = web.post("/referrals/submit", choices);
        assertThat(sent.status()).as(String.valueOf(sent.errorSummary())).isEqualTo(303);
        return sent.location().replaceAll(".*/referrals/([^?]+).*", "$1");
    }

    @Test
    void practitionerRefersAndSeesTheConfirmation() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String family = unique();
        String id = send(web, referral(family, unique()), Map.of("victim", "new", "perpetrator", "new"));

        Page page = web.get("/referrals/" + id + "?submitted");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst(".govuk-panel__title").text()).isEqualTo("Referral sent");
        String reference = page.html().selectFirst("h1").text();
        assertThat(reference).matches("R\\d{4}-\\d{6}");
        assertThat(page.html().select("#referral").text()).contains("Fern " + family).contains("Hal " + family)
                .contains("present at the incident").contains("Intimate partner").contains("Physical")
                .contains("Waiting for triage").as("the time as every page writes it").contains(" at 9:30pm")
                .doesNotContain("21:30");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND record_type = 'referral' AND ? = ANY(record_ids)")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theReferringAgencyHoldsEveryoneItsReferralNames() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String family = unique();
        String id = send(web, referral(family, unique()), Map.of("victim", "new", "perpetrator", "new"));
        UUID police = fixtures.agency("Northfield Police").id().value();
        List<UUID> named = jdbc.sql("""
                SELECT victim_id FROM referral WHERE id = :id
                UNION ALL SELECT person_id FROM referral_perpetrator WHERE referral_id = :id
                UNION ALL SELECT person_id FROM referral_child WHERE referral_id = :id""")
                .param("id", UUID.fromString(id)).query(UUID.class).list();
        assertThat(named).hasSize(3);
        for (UUID p : named) {
            assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND agency_id = ? AND ground = 'REFERRER' AND ended_at IS NULL")
                    .params(p, police).query(Integer.class).single()).as("REFERRER on " + p).isEqualTo(1);
            assertThat(web.get("/people/" + p).html().title()).doesNotStartWith("Restricted record");
        }
        WebSession school = new WebSession(port);
        school.signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        for (UUID p : named) {
            Page stub = school.get("/people/" + p);
            assertThat(stub.html().title()).startsWith("Restricted record");
            assertThat(stub.html().select("#agencies-involved").text()).contains("Northfield Police");
        }
    }

    @Test
    void aRecordOpenedByBreakingTheGlassIsLinkedButGrantsNothing() {
        WebSession idva = new WebSession(port);
        idva.signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        String family = unique();
        idva.open("/people/new");
        Page made = idva.post("/people/new", Map.of("givenName", "Fern", "familyName", family, "dateOfBirth.day", "14",
                "dateOfBirth.month", "2", "dateOfBirth.year", "1991", "sex", "FEMALE", "disability", "NOT_KNOWN",
                "confirmedNew", "true"));
        String victim = made.location().substring(made.location().lastIndexOf('/') + 1);

        WebSession school = new WebSession(port);
        school.signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        school.get("/people/" + victim);
        school.post("/people/" + victim + "/break-glass", Map.of("reason", "Child disclosed at school this morning"));
        String id = send(school, referral(family, unique()), Map.of("victim", victim, "perpetrator", "new"));
        UUID kingsmoor = fixtures.agency("Kingsmoor Academy Trust").id().value();
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_grant WHERE person_id = ? AND agency_id = ?")
                .params(UUID.fromString(victim), kingsmoor).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM referral_link_check WHERE referral_id = ? AND person_id = ? AND confirmed_at IS NULL")
                .params(UUID.fromString(id), UUID.fromString(victim)).query(Integer.class).single()).isEqualTo(1);
        jdbc.sql("UPDATE break_glass SET expires_at = now() - interval '1 minute' WHERE person_id = ?")
                .param(UUID.fromString(victim)).update();
        assertThat(school.get("/people/" + victim).html().title()).startsWith("Restricted record");
        Page own = school.get("/referrals/" + id);
        assertThat(own.status()).as("its own referral").isEqualTo(200);
        // the link waits for the hub: only a hub coordinator is offered to confirm it, or sent back to triage
        assertThat(own.html().select("#unconfirmed-links")).as("confirming is the hub's").isEmpty();
        assertThat(own.html().selectFirst("#back").attr("href")).isEqualTo("/referrals");
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        assertThat(hub.get("/referrals/" + id).html().select("#unconfirmed-links").text()).contains("Fern " + family);
    }

    @Test
    void invalidReferralIsExplainedFieldByField() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        web.open("/referrals/new");
        Map<String, String> bad = referral("", unique());
        bad.remove("abuseTypes");
        bad.put("incidentDate.day", "32");
        bad.put("consent", "OVERRIDDEN");
        bad.put("incidentTime", "25:99");
        Page page = web.post("/referrals/new", bad);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).contains("Enter the victim’s last name").contains("real date")
                .contains("Select at least one type of abuse").contains("lawful basis")
                .contains("Explain why information is shared without consent").contains("24-hour time");
        assertThat(page.html().select("#victimFamilyName.govuk-input--error")).hasSize(1);

        Map<String, String> malformed = referral(unique(), unique());
        malformed.put("abuseTypes", "NOT_A_TYPE");
        malformed.put("consent", "MAYBE");
        web.open("/referrals/new");
        Page typeErrors = web.post("/referrals/new", malformed);
        assertThat(typeErrors.status()).isEqualTo(400);
        assertThat(typeErrors.body()).doesNotContain("Exception");
    }

    @Test
    void secondReferralFindsTheVictimAndFlagsRepeatAndSerial() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String victim = unique();
        String perpetrator = unique();
        String first = send(web, referral(victim, perpetrator), Map.of("victim", "new", "perpetrator", "new"));
        String victimId = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(UUID.fromString(first))
                .query(String.class).single();
        String perpetratorId = jdbc.sql("SELECT person_id FROM referral_perpetrator WHERE referral_id = ?")
                .param(UUID.fromString(first)).query(String.class).single();

        web.open("/referrals/new");
        web.post("/referrals/new", referral(victim, perpetrator));
        Page check = web.open("/referrals/check");
        assertThat(check.html().select("#victim").text()).contains("Fern " + victim).contains("Same date of birth");
        Page unchosen = web.post("/referrals/submit", Map.of());
        assertThat(unchosen.status()).as("a choice is required when someone may be known").isEqualTo(400);
        assertThat(unchosen.errorSummary()).contains("Select who the victim is");
        Page sent = web.post("/referrals/submit", Map.of("victim", victimId, "perpetrator", perpetratorId));
        assertThat(sent.status()).isEqualTo(303);

        assertThat(web.get("/people/" + victimId).html().select("#person-flags").text()).contains("Repeat victim");

        String otherVictim = unique();
        web.open("/referrals/new");
        Map<String, String> third = referral(otherVictim, perpetrator);
        third.put("victimGivenName", "Iris");
        web.post("/referrals/new", third);
        web.open("/referrals/check");
        web.post("/referrals/submit", Map.of("victim", "new", "perpetrator", perpetratorId));
        assertThat(web.get("/people/" + perpetratorId).html().select("#person-flags").text()).contains("Serial perpetrator");
    }

    @Test
    void hubTriagesFromTheQueueAndOthersCannotOpenTheReferral() {
        WebSession police = new WebSession(port);
        police.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String family = unique();
        String id = send(police, referral(family, unique()), Map.of("victim", "new", "perpetrator", "new"));

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        Page queue = hub.get("/triage");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.html().select("#queue").text()).contains("Fern " + family).contains("Children present");

        var waiting = hub.get("/referrals/" + id).html();
        assertThat(waiting.selectFirst("#next").text()).startsWith("The hub triages it");
        assertThat(waiting.selectFirst("#back").attr("href")).isEqualTo("/triage");
        Page noReason = hub.post("/referrals/" + id + "/triage", Map.of("outcome", "REFER_TO_IDVA"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorSummary()).contains("Give the reason");
        Page decided = hub.post("/referrals/" + id + "/triage",
                Map.of("outcome", "REFER_TO_IDVA", "reason", "Medium risk, wants support"));
        assertThat(decided.status()).isEqualTo(303);
        var page = hub.get("/referrals/" + id).html();
        assertThat(page.selectFirst("#triage-outcome").text())
                .contains("Refer to the IDVA service").contains("Medium risk, wants support").contains("decided by ")
                .contains(" at ");
        assertThat(page.selectFirst("#next").text()).contains("The IDVA service contacts the victim");
        assertThat(page.selectFirst("#risk").text()).isEqualTo("Not assessed");
        assertThat(page.selectFirst("#back").attr("href")).isEqualTo("/referrals");
        assertThat(hub.get("/triage").html().select("#queue").text()).doesNotContain("Fern " + family);

        WebSession school = new WebSession(port);
        school.signIn(fixtures.enrolledUserAt("Kingsmoor Academy Trust", Role.PRACTITIONER));
        Page refused = school.get("/referrals/" + id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(family);
        assertThat(school.get("/triage").status()).as("triage is for hub coordinators").isEqualTo(403);
    }

    /**
     * The referral shows the victim's flags (the MARAC referral criteria met, each explained) only to a user who may
     * read the victim's record, as it does the latest risk: its own referral is not a ground to read the victim.
     */
    @Test
    void theFlagsShowOnlyToThoseWhoMayReadTheVictim() {
        WebSession police = new WebSession(port);
        police.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String id = send(police, referral(unique(), unique()), Map.of("victim", "new", "perpetrator", "new"));
        UUID victim = jdbc.sql("SELECT victim_id FROM referral WHERE id = ?").param(UUID.fromString(id))
                .query(UUID.class).single();

        var before = police.get("/referrals/" + id).html();
        // not assessed: two criteria cannot be judged, said so rather than "meets none" (an all-clear to the eye)
        assertThat(before.selectFirst("#flags").text())
                .startsWith("No risk assessment is recorded, so visible high risk and professional judgement cannot "
                        + "be judged yet. Meets neither of the other MARAC referral criteria")
                .doesNotContain("Meets none");

        String risk = "/people/" + victim + "/risk";
        police.get(risk + "/new?questionnaire=SAFELIVES_RIC");
        Map<String, String> dash = new HashMap<>(Map.of("questionnaire", "SAFELIVES_RIC", "version", "1",
                "assessedOn.day", String.valueOf(LocalDate.now().getDayOfMonth()),
                "assessedOn.month", String.valueOf(LocalDate.now().getMonthValue()),
                "assessedOn.year", String.valueOf(LocalDate.now().getYear()), "grade", "HIGH", "reason", ""));
        for (int n = 1; n <= 24; n++) {
            dash.put("answer-" + n, n <= 14 ? "YES" : "NO");
        }
        assertThat(police.post(risk, dash).status()).isEqualTo(303);

        var flagged = police.get("/referrals/" + id).html();
        assertThat(flagged.selectFirst("#risk").text()).as("the latest assessment: grade, score, visible high risk, day")
                .isEqualTo("High (14, visible high risk), assessed "
                        + org.hearth.platform.Dates.day(LocalDate.now(org.hearth.platform.Dates.UK)));
        assertThat(flagged.select("#flags li").eachText()).hasSize(1).first().asString()
                .startsWith("Visible high risk").contains("14 \"yes\" answers");

        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        assertThat(hub.get("/referrals/" + id).html().select("#flag-visible_high_risk")).hasSize(1);

        // the police lose their grounds to read the victim (as when a grant ends): their referral, but no flags
        jdbc.sql("DELETE FROM person_access_grant WHERE person_id = ? AND agency_id = ?")
                .params(victim, fixtures.agency("Northfield Police").id().value()).update();
        Page stranger = police.get("/referrals/" + id);
        assertThat(stranger.status()).as("its own referral, as sent").isEqualTo(200);
        assertThat(stranger.html().select("#flags")).isEmpty();
        assertThat(stranger.html().select("#risk")).isEmpty();
        assertThat(stranger.body()).doesNotContain("Visible high risk").doesNotContain("MARAC referral criteria");
    }

    @Test
    void aPoliceReferenceIsUsedOnce() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER));
        String ref = "NP/" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = referral(unique(), unique());
        form.put("policeReference", ref);
        send(web, form, Map.of("victim", "new", "perpetrator", "new"));

        Map<String, String> again = referral(unique(), unique());
        again.put("policeReference", ref.toLowerCase());
        web.open("/referrals/new");
        web.post("/referrals/new", again);
        web.open("/referrals/check");
        Page duplicate = web.post("/referrals/submit", Map.of("victim", "new", "perpetrator", "new"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorSummary()).contains("already exists");
    }
}
