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
    void pagesFollowOneAnotherInTheListsOrderAndStayWithinTheAgency() {
        // 101 more of ours received yesterday (the time each was made, then its id, orders them within the day),
        // with another agency's between them: 105 of ours in all, three pages
        java.util.List<String> yesterday = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            yesterday.add(referral(ours, LocalDate.now().minusDays(1), i % 2 == 0 ? null : "SIGNPOST"));
            if (i == 60) {
                referral(theirs, LocalDate.now().minusDays(1), null);
            }
        }
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt(ours.name(), Role.PRACTITIONER));

        Page first = web.get("/referrals");
        assertThat(caption(first)).isEqualTo("Referrals 1 to 50 of 105");
        assertThat(first.html().select(".govuk-pagination__prev")).as("no page before the first").isEmpty();
        Page second = web.get(next(first));
        assertThat(caption(second)).isEqualTo("Referrals 51 to 100 of 105");
        Page third = web.get(next(second));
        assertThat(caption(third)).isEqualTo("Referrals 101 to 105 of 105");
        assertThat(third.html().select(".govuk-pagination__next")).as("no page after the last").isEmpty();

        java.util.List<String> all = new java.util.ArrayList<>(references(first));
        all.addAll(references(second));
        all.addAll(references(third));
        assertThat(all).as("each of ours once, newest first, never another agency's").hasSize(105)
                .doesNotHaveDuplicates().containsAll(yesterday).contains(waiting, marac, signposted, old)
                .startsWith(waiting).endsWith(old);
        java.util.List<String> newestFirst = new java.util.ArrayList<>(yesterday);
        java.util.Collections.reverse(newestFirst);
        assertThat(all.subList(1, 102)).as("yesterday's, the last made first").isEqualTo(newestFirst);

        Page back = web.get(previous(third));
        assertThat(references(back)).as("the page before the third is the second").isEqualTo(references(second));
        assertThat(caption(back)).isEqualTo("Referrals 51 to 100 of 105");
        Page backAgain = web.get(previous(back));
        assertThat(references(backAgain)).isEqualTo(references(first));
        assertThat(caption(backAgain)).isEqualTo("Referrals 1 to 50 of 105");

        // a filter stays with the pages: the waiting ones (51 of ours) over two pages
        Page waitingFirst = web.get("/referrals?state=WAITING");
        assertThat(caption(waitingFirst)).isEqualTo("Referrals 1 to 50 of 52");
        assertThat(next(waitingFirst)).contains("state=WAITING");
        assertThat(references(web.get(next(waitingFirst)))).hasSize(2).doesNotContainAnyElementsOf(
                references(waitingFirst));
        // a key that is not one the list wrote starts from the newest
        assertThat(references(web.get("/referrals?after=not-a-key&page=3"))).isEqualTo(references(first));
    }

    @Test
    void badFiltersAreExplainedAndAnalystsAreRefused() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt(ours.name(), Role.PRACTITIONER));
        Page bad = web.get("/referrals?state=PURPLE&from.day=31&from.month=2&from.year=2026");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().title()).startsWith("Error: ");
        assertThat(bad.errorSummary()).contains("Choose waiting or decided");
        assertThat(bad.html().select("#no-referrals").text()).isEqualTo("No referrals match.");
        assertThat(bad.html().select("#referrals")).as("a paragraph instead of an empty table").isEmpty();
        Page backwards = web.get("/referrals?from.day=2&from.month=3&from.year=2026&to.day=1&to.month=3&to.year=2026");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorSummary()).contains("Received to must be the same as or after received from");

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/referrals").status()).isEqualTo(403);
    }

    private static String caption(Page page) {
        return page.html().select("#referrals caption").text();
    }

    private static String next(Page page) {
        return page.html().select(".govuk-pagination__next a").attr("href");
    }

    private static String previous(Page page) {
        return page.html().select(".govuk-pagination__prev a").attr("href");
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
