package org.hearth.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Agency;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /referrals}: waiting and decided referrals, filtered. An agency lists its own referrals only, whatever it
 * asks for; hub coordinators list every one, with the victim's name; analysts none.
 */
@HearthIntegrationTest
class ReferralListTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Agency ours;
    Agency theirs;
    String waiting;
    String marac;
    String signposted;
    String old;
    String other;
    String victim;

    @BeforeEach
    void referrals() {
        ours = fixtures.agency(Fixtures.uniqueName("List Police "));
        theirs = fixtures.agency(Fixtures.uniqueName("List Council "));
        victim = Fixtures.uniqueName("Vic");
        LocalDate today = LocalDate.now();
        waiting = referral(ours, today, null);
        marac = referral(ours, today.minusDays(3), "REFER_TO_MARAC");
        signposted = referral(ours, today.minusDays(5), "SIGNPOST");
        old = referral(ours, today.minusDays(100), "SIGNPOST");
        other = referral(theirs, today, "REFER_TO_MARAC");
    }

    @Test
    void anAgencyListsItsOwnReferralsOnlyAndFiltersThem() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt(ours.name(), Role.PRACTITIONER));

        Page all = web.get("/referrals");
        assertThat(all.status()).isEqualTo(200);
        assertThat(references(all)).containsExactly(waiting, marac, signposted, old);
        assertThat(all.html().select("#referrals").text()).as("no names for an agency").doesNotContain(victim);
        assertThat(all.html().select("#agency")).as("no agency filter for an agency").isEmpty();
        // asking for another agency's referrals still lists only ours (the stranger agency's never)
        assertThat(references(web.get("/referrals?agency=" + theirs.id().value()))).doesNotContain(other)
                .contains(waiting);

        assertThat(references(web.get("/referrals?state=WAITING"))).containsExactly(waiting);
        assertThat(references(web.get("/referrals?state=DECIDED"))).containsExactly(marac, signposted, old);
        assertThat(references(web.get("/referrals?outcome=SIGNPOST"))).containsExactly(signposted, old);
        LocalDate from = LocalDate.now().minusDays(10);
        Page recent = web.get("/referrals?state=DECIDED&from.day=" + from.getDayOfMonth() + "&from.month="
                + from.getMonthValue() + "&from.year=" + from.getYear());
        assertThat(references(recent)).containsExactly(marac, signposted);
        assertThat(recent.html().select("#referrals tbody tr").first().text()).contains("Refer to MARAC")
                .contains("by ");
    }

    @Test
    void theHubListsEveryAgencysReferralsWithTheVictimsName() {
        WebSession hub = new WebSession(port);
        hub.signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        Page theirsOnly = hub.get("/referrals?agency=" + theirs.id().value());
        assertThat(references(theirsOnly)).containsExactly(other);
        assertThat(theirsOnly.html().select("#referrals tbody").text()).contains(victim);
    }

    @Test
    void badFiltersAreExplainedAndAnalystsAreRefused() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt(ours.name(), Role.PRACTITIONER));
        Page bad = web.get("/referrals?state=PURPLE&from.day=31&from.month=2&from.year=2026");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().title()).startsWith("Error: ");
        assertThat(bad.errorSummary()).contains("Choose waiting or decided");
        assertThat(bad.html().select("#referrals tbody").text()).isEqualTo("No referrals match.");
        Page backwards = web.get("/referrals?from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorSummary()).contains("Received to must be the same as or after received from");

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/referrals").status()).isEqualTo(403);
    }

    private static java.util.List<String> references(Page page) {
        return page.html().select("#referrals tbody td:first-child a").eachText().stream()
                .filter(r -> r.startsWith("RL-")).toList();
    }

    /** A referral the agency made on the day (with the hub's outcome, or waiting when null); its reference. */
    private String referral(Agency agency, LocalDate received, String outcome) {
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(person, victim, "Listed", UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        String reference = "RL-" + id.toString().substring(0, 8);
        UUID hub = fixtures.enrolledUser(Role.HUB_COORDINATOR).user().id().value();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, victim_id, consent,
                    triage_outcome, triage_reason, triaged_by, triaged_at)
                VALUES (?, ?, 'WEB', ?, ?, ?, 'GIVEN', ?, ?, ?, CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE now() END)""")
                .params(id, reference, agency.id().value(), received, person, outcome,
                        outcome == null ? null : "Test decision", outcome == null ? null : hub, outcome)
                .update();
        return reference;
    }
}
