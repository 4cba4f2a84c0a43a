package org.hearth.marac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referrals waiting for a meeting: each links to its page and says why it waits; the coordinator adds one to a
 * meeting of its MARAC with room, on the page and through the API, and is refused a full, held or published meeting,
 * another MARAC's and a case already listed; an agency not involved cannot open the page; a practitioner who may read
 * the victim reads it but cannot add it.
 */
@HearthIntegrationTest
class MaracWaitingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Maracs maracs;
    @Autowired
    Agendas agendas;
    @LocalServerPort
    int port;

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private UUID meeting(Marac marac, LocalDate on, String extra) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO marac_meeting (id, marac_id, meets_on) VALUES (?, ?, ?)").params(id, marac.id().value(), on)
                .update();
        if (extra != null) {
            jdbc.sql("UPDATE marac_meeting SET " + extra + " WHERE id = ?").param(id).update();
        }
        return id;
    }

    private UUID meetingOf(UUID referral) {
        return jdbc.sql("SELECT meeting_id FROM marac_referral WHERE id = ?").param(referral).query(UUID.class)
                .optional().orElse(null);
    }

    private Page postJson(WebSession web, String path, String csrf, String json) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long personReads(UUID person, UUID referral) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'person'
                  AND ? = ANY(record_ids) AND reason = ?""").params(person.toString(), "MARAC referral " + referral)
                .query(Long.class).single();
    }

    @Test
    void theCoordinatorSeesWhyEachWaitsOpensItAndAddsItToAMeetingWithRoom() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        Marac marac = support.marac(hub.user(), 2, List.of());
        Marac other = support.marac(hub.user(), 20, List.of());
        LocalDate today = LocalDate.now(Dates.UK);
        UUID first = support.referral(marac, support.person("Wanda"), today.minusDays(3), true, 20);
        UUID second = support.referral(marac, support.person("Winifred"), today.minusDays(2), false, 18);
        UUID wilma = support.person("Wilma");
        UUID third = support.referral(marac, wilma, today.minusDays(1), false, 14);
        WebSession web = as(hub);

        // no meeting yet: each waits, says so, and links to its page
        Page page = web.get("/marac/" + marac.id());
        assertThat(page.html().select("#waiting").text()).contains("No meeting of " + marac.name() + " is planned");
        assertThat(page.html().select("#waiting a").eachAttr("href")).contains("/marac/referrals/" + third);
        assertThat(page.html().select("#waiting form")).isEmpty();

        // a meeting added takes two (its capacity) in agenda order: the third waits, every meeting full
        MaracTestSupport.actAs(hub.user());
        Meeting added;
        try {
            added = agendas.addMeeting(marac.id(), today.plusDays(7));
        } finally {
            MaracTestSupport.signOut();
        }
        String day = Dates.day(added.meetsOn());
        UUID meeting = added.id().value();
        assertThat(meetingOf(first)).isEqualTo(meeting);
        page = web.get("/marac/" + marac.id());
        assertThat(page.html().select("#waiting").text()).contains("Every meeting planned is full. Places taken: "
                + day + ", 2 of 2. Add a meeting, or move a case.");
        Page full = web.post("/marac/referrals/" + third + "/meeting", Map.of("meetingId", meeting.toString()));
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.errorSummary()).contains("The meeting on " + day + " is full: 2 of 2 places taken");
        assertThat(full.html().select(".govuk-error-summary a").eachAttr("href")).contains("#meetingId");
        assertThat(full.html().select("#place")).as("no other meeting has room: no radios").isEmpty();
        assertThat(full.html().select("#meetingId").text()).as("the summary's link lands on the message")
                .contains("is full: 2 of 2 places taken");
        assertThat(meetingOf(third)).isNull();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'UPDATE' AND record_type = 'marac-referral'
                  AND ? = ANY(record_ids) AND reason LIKE 'added to%'""").param(third.toString())
                .query(Long.class).single()).as("a refused add changes nothing and is not audited as one").isZero();

        // a case taken off the agenda leaves a place: the third says so, and the page offers that meeting
        MaracTestSupport.actAs(hub.user());
        try {
            agendas.move(new MaracReferralId(second), null);
        } finally {
            MaracTestSupport.signOut();
        }
        page = web.get("/marac/" + marac.id());
        assertThat(page.html().select("#waiting").text())
                .contains("Not taken when the meeting on " + day + " was added, or taken off it since.")
                .contains("1 place left");
        assertThat(page.html().select("#waiting button").text()).contains("Add to the meeting on "
                + added.meetsOn().getDayOfMonth() + " " + added.meetsOn().getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.UK));
        Page referral = web.get("/marac/referrals/" + third);
        assertThat(referral.status()).isEqualTo(200);
        assertThat(referral.html().select("#why-waiting").text())
                .contains("A new meeting takes the cases waiting in agenda order, up to capacity.")
                .contains("The meeting on " + day + " has 1 place left.");
        assertThat(referral.html().select("#victim").text()).contains("Wilma");
        assertThat(referral.html().select("#place input[name=meetingId]").eachAttr("value"))
                .containsExactly(meeting.toString());
        assertThat(referral.html().select("#place label").text()).contains("The meeting on " + day);

        // another MARAC's meeting is refused; this one takes it
        UUID elsewhere = meeting(other, today.plusDays(8), null);
        Page wrongArea = web.post("/marac/referrals/" + third + "/meeting", Map.of("meetingId", elsewhere.toString()));
        assertThat(wrongArea.status()).isEqualTo(400);
        assertThat(wrongArea.errorSummary()).contains("That meeting is of another MARAC");
        long personReads = personReads(wilma, third);
        Page placed = web.post("/marac/referrals/" + third + "/meeting", Map.of("meetingId", meeting.toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(303);
        assertThat(placed.location()).endsWith("/marac/" + marac.id() + "#waiting");
        assertThat(meetingOf(third)).isEqualTo(meeting);
        assertThat(web.get("/marac/" + marac.id()).html().select(".govuk-notification-banner").text())
                .contains(jdbc.sql("SELECT reference FROM marac_referral WHERE id = ?").param(third)
                        .query(String.class).single() + " added to the meeting on " + day + ": 0 places left");
        assertThat(personReads(wilma, third)).as("adding it reads no person").isEqualTo(personReads);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'UPDATE' AND record_type = 'marac-referral'
                  AND ? = ANY(record_ids) AND reason LIKE 'added to meeting%'""").param(third.toString())
                .query(Long.class).single()).isEqualTo(1);
        Page again = web.post("/marac/referrals/" + third + "/meeting", Map.of("meetingId", meeting.toString()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorSummary()).contains("It is already listed on the meeting on " + day);
        assertThat(again.html().select("#meetingId").text()).contains("It is already listed on the meeting on " + day);
        // listed, its page links to the agenda
        assertThat(web.get("/marac/referrals/" + third).html().select("#agenda-link").attr("href"))
                .isEqualTo("/marac/meetings/" + meeting);
    }

    @Test
    void theApiSaysWhyAndAddsToAMeetingRefusingAFullHeldOrPublishedOne() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        Marac marac = support.marac(hub.user(), 1, List.of());
        LocalDate today = LocalDate.now(Dates.UK);
        UUID waiting = support.referral(marac, support.person("Xena"), today.minusDays(4), false, 15);
        UUID held = meeting(marac, today, "held_at = now()");
        UUID published = meeting(marac, today.plusDays(3), "published_at = now()");
        UUID full = meeting(marac, today.plusDays(5), null);
        UUID open = meeting(marac, today.plusDays(9), null);
        UUID filler = support.referral(marac, support.person("Xanthe"), today.minusDays(9), false, 10);
        jdbc.sql("UPDATE marac_referral SET meeting_id = ? WHERE id = ?").params(full, filler).update();
        WebSession web = as(hub);
        String csrf = web.get("/marac/" + marac.id()).csrf();

        Page list = web.get("/api/marac/maracs/" + marac.id() + "/waiting");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"" + waiting + "\"").contains("\"reason\":\"ROOM_SINCE\"")
                .contains("\"meetingId\":\"" + open + "\"").doesNotContain(full.toString());

        for (Map.Entry<UUID, String> refused : Map.of(held, "has been held", published, "is published",
                full, "is full: 1 of 1 places taken").entrySet()) {
            Page problem = postJson(web, "/api/marac/referrals/" + waiting + "/meeting", csrf,
                    "{\"meetingId\":\"" + refused.getKey() + "\"}");
            assertThat(problem.status()).as(problem.body()).isEqualTo(400);
            assertThat(problem.header("Content-Type")).contains("application/problem+json");
            assertThat(problem.body()).contains("meetingId").contains(refused.getValue());
        }
        assertThat(postJson(web, "/api/marac/referrals/" + waiting + "/meeting", csrf, "{}").body())
                .contains("Choose a meeting");
        assertThat(postJson(web, "/api/marac/referrals/" + UUID.randomUUID() + "/meeting", csrf,
                "{\"meetingId\":\"" + open + "\"}").status()).isEqualTo(404);
        assertThat(meetingOf(waiting)).isNull();

        Page placed = postJson(web, "/api/marac/referrals/" + waiting + "/meeting", csrf,
                "{\"meetingId\":\"" + open + "\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.body()).contains("\"placesLeft\":0").contains("\"listed\":1");
        assertThat(meetingOf(waiting)).isEqualTo(open);
        Page listed = postJson(web, "/api/marac/referrals/" + waiting + "/meeting", csrf,
                "{\"meetingId\":\"" + open + "\"}");
        assertThat(listed.status()).isEqualTo(400);
        assertThat(listed.body()).contains("already listed");
    }

    @Test
    void anAgencyNotInvolvedCannotOpenItAndAPractitionerWhoMayReadTheVictimCannotAddIt() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        Marac marac = support.marac(hub.user(), 20, List.of());
        LocalDate today = LocalDate.now(Dates.UK);
        UUID meeting = meeting(marac, today.plusDays(6), null);
        UUID victim = support.person("Yvette");
        UUID perpetrator = support.person("Yorick");
        UUID referral = support.referral(marac, victim, today.minusDays(1), false, 16, perpetrator);
        TestUser idva = fixtures.enrolledUserAt(Fixtures.uniqueName("IDVA service"), Role.PRACTITIONER);
        fixtures.grant(victim, idva.user().agency().value(), "RECORDED");
        TestUser stranger = fixtures.enrolledUserAt(Fixtures.uniqueName("Not involved"), Role.PRACTITIONER);

        WebSession notInvolved = as(stranger);
        assertThat(notInvolved.get("/marac/referrals/" + referral).status()).isEqualTo(403);
        String csrf = notInvolved.get("/").csrf();
        assertThat(notInvolved.post("/marac/referrals/" + referral + "/meeting",
                Map.of("meetingId", meeting.toString())).status()).isEqualTo(403);
        assertThat(postJson(notInvolved, "/api/marac/referrals/" + referral + "/meeting", csrf,
                "{\"meetingId\":\"" + meeting + "\"}").status()).isEqualTo(403);
        assertThat(notInvolved.get("/api/marac/maracs/" + marac.id() + "/waiting").status()).isEqualTo(403);
        assertThat(postJson(notInvolved, "/api/marac/referrals/" + referral + "/meeting", csrf, "{")
                .status()).as("refused by role before the body is read").isEqualTo(403);

        WebSession reader = as(idva);
        Page page = reader.get("/marac/referrals/" + referral);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#victim").text()).contains("Yvette");
        String oneHidden = perpetratorsRow(page);
        assertThat(oneHidden).isEqualTo("Named, but you may not see their records").doesNotContain("Yorick");
        assertThat(page.html().select("#why-waiting").text()).as("the cause only, not the coordinator's part")
                .endsWith("or taken off it since.").doesNotContain("places").doesNotContain("A new meeting");
        assertThat(postJson(reader, "/api/marac/referrals/" + referral + "/meeting", reader.get("/").csrf(), "{")
                .status()).as("refused by role before the body is read").isEqualTo(403);
        assertThat(page.html().select("#place")).as("no form to add it").isEmpty();
        assertThat(reader.post("/marac/referrals/" + referral + "/meeting", Map.of("meetingId", meeting.toString()))
                .status()).isEqualTo(403);
        assertThat(meetingOf(referral)).isNull();
        assertThat(personReads(victim, referral)).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'marac-referral'
                  AND ? = ANY(record_ids) AND actor_id = ?""").params(referral.toString(), idva.user().id().value())
                .query(Long.class).single()).as("one page view, one entry").isEqualTo(1);

        // how many are hidden is not said: two hidden read as one does, and beside one shown, "and others"
        UUID twoHidden = support.referral(marac, victim, today.minusDays(1), false, 16, perpetrator,
                support.person("Yannick"));
        assertThat(perpetratorsRow(reader.get("/marac/referrals/" + twoHidden))).isEqualTo(oneHidden);
        UUID shown = support.person("Yasmin");
        fixtures.grant(shown, idva.user().agency().value(), "RECORDED");
        UUID oneShown = support.referral(marac, victim, today.minusDays(1), false, 16, perpetrator, shown,
                support.person("Yannick"));
        assertThat(perpetratorsRow(reader.get("/marac/referrals/" + oneShown))).startsWith("Yasmin ")
                .endsWith(", and others whose records you may not see");
    }

    /** The referral page's perpetrators row, as it reads. */
    private static String perpetratorsRow(Page page) {
        return page.html().select("#referral-details .govuk-summary-list__row").stream()
                .filter(row -> row.select(".govuk-summary-list__key").text().equals("Perpetrators")).findFirst()
                .orElseThrow().select(".govuk-summary-list__value").text();
    }

    @Test
    void aCoordinatorOpeningAReferralWithNoMaracIsToldWhyAndLedBack() {
        MaracTestSupport support = new MaracTestSupport(fixtures, jdbc, partnerships, maracs);
        TestUser hub = fixtures.enrolledUserAt("Marac Hub", Role.HUB_COORDINATOR);
        UUID referral = support.referral(null, support.person("Zelda"), LocalDate.now(Dates.UK), false, 14);
        Page page = as(hub).get("/marac/referrals/" + referral);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("a.govuk-back-link").attr("href")).isEqualTo("/marac#without-marac");
        assertThat(page.html().select("#why-waiting").text()).contains("No MARAC was found for it")
                .contains("Choose its MARAC.");
        assertThat(page.html().select("#choose-marac")).isNotEmpty();
    }
}
