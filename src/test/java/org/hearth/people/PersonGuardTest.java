package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.hearth.access.Role;
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
 * {@link PersonGuard}, the one "may this user work on this person" check, through every caller: the orders pages and
 * API, the sanctuary and refuge forms and the housing API, the casework, programme and MARAC referral forms. An agency
 * that is not involved is refused and nothing about the person is read or audited; an involved agency is let in and
 * the read is audited with the person's id; a break-glass opening reads the person's record but none of these; an
 * unknown person is not found.
 */
@HearthIntegrationTest
class PersonGuardTest {

    /** Each caller's routes ({@code %s}: the person's id), pages first, then the API. */
    private static final List<String> PAGES = List.of(
            "/people/%s/orders", "/people/%s/orders/new",
            "/people/%s/housing", "/people/%s/sanctuary/new", "/people/%s/refuge/new",
            "/people/%s/casework-referral", "/people/%s/programme-referral", "/people/%s/marac-referral");
    private static final List<String> API = List.of("/api/people/%s/orders", "/api/housing/people/%s/referrals");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private UUID personKnownTo(String agency) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Gwen', ?, ?)")
                .params(id, Fixtures.uniqueName("Guard"), UUID.randomUUID()).update();
        fixtures.grant(id, fixtures.agency(agency).id().value(), "RECORDED");
        return id;
    }

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private static Page api(WebSession web, String path) {
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Accept", "application/json").GET());
    }

    private long auditedAbout(UUID person, TestUser user) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND ? = ANY(record_ids)")
                .params(user.user().id().value(), person.toString()).query(Long.class).single();
    }

    @Test
    void anAgencyThatIsNotInvolvedIsRefusedByEveryCallerAndNothingIsReadOrAudited() {
        UUID person = personKnownTo(Fixtures.uniqueName("Guard Involved "));
        TestUser outsider = fixtures.enrolledUserAt(Fixtures.uniqueName("Guard Stranger "), Role.PRACTITIONER);
        WebSession web = as(outsider);
        SoftAssertions each = new SoftAssertions(); // every caller's refusal reported, not only the first
        for (String route : PAGES) {
            Page page = web.get(route.formatted(person));
            each.assertThat(page.status()).as(route).isEqualTo(403);
            each.assertThat(page.body()).as(route).doesNotContain("Gwen");
        }
        for (String route : API) {
            each.assertThat(api(web, route.formatted(person)).status()).as(route).isEqualTo(403);
        }
        web.get("/account");
        each.assertThat(web.post("/people/" + person + "/casework-referral", Map.of("reason", "Guard test"))
                .status()).as("POST casework-referral").isEqualTo(403);
        each.assertThat(auditedAbout(person, outsider)).as("nothing read about the person").isZero();
        each.assertAll();
    }

    @Test
    void anInvolvedAgencyIsLetInByEveryCallerAndEachReadIsAudited() {
        String agency = Fixtures.uniqueName("Guard Involved ");
        UUID person = personKnownTo(agency);
        TestUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        WebSession web = as(worker);
        for (String route : PAGES) {
            long before = auditedAbout(person, worker);
            Page page = web.get(route.formatted(person));
            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).contains("Gwen");
            assertThat(auditedAbout(person, worker)).as("%s audited with the person's id", route)
                    .isGreaterThan(before);
        }
        for (String route : API) {
            long before = auditedAbout(person, worker);
            assertThat(api(web, route.formatted(person)).status()).as(route).isEqualTo(200);
            assertThat(auditedAbout(person, worker)).as("%s audited", route).isGreaterThan(before);
        }
    }

    @Test
    void aBreakGlassOpeningReadsTheRecordButPassesNoCaller() {
        UUID person = personKnownTo(Fixtures.uniqueName("Guard Involved "));
        TestUser glass = fixtures.enrolledUserAt(Fixtures.uniqueName("Guard Glass "), Role.PRACTITIONER);
        WebSession web = as(glass);
        web.open("/people/" + person);
        assertThat(web.post("/people/" + person + "/break-glass",
                Map.of("reason", "Guard test: safeguarding concern raised today")).status() / 100).isEqualTo(3);
        Page record = web.open("/people/" + person);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).as("the record reads").contains("Gwen");
        long read = auditedAbout(person, glass);
        for (String route : PAGES) {
            assertThat(web.get(route.formatted(person)).status()).as(route).isEqualTo(403);
        }
        for (String route : API) {
            assertThat(api(web, route.formatted(person)).status()).as(route).isEqualTo(403);
        }
        assertThat(auditedAbout(person, glass)).as("no caller read anything more").isEqualTo(read);
    }

    @Test
    void anUnknownPersonIsNotFoundByEveryCaller() {
        String agency = Fixtures.uniqueName("Guard Involved ");
        WebSession web = as(fixtures.enrolledUserAt(agency, Role.PRACTITIONER));
        UUID nobody = UUID.randomUUID();
        for (String route : PAGES) {
            assertThat(web.get(route.formatted(nobody)).status()).as(route).isEqualTo(404);
        }
        for (String route : API) {
            assertThat(api(web, route.formatted(nobody)).status()).as(route).isEqualTo(404);
        }
    }
}
