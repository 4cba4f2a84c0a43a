package org.hearth.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.people.PersonId;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Recording and reading orders through the pages and the API: the refusals (end before start, a DVPO of more than 28
 * days, a hearing outside the 48 hours) with field errors and nothing saved, an order with its clock and a breach,
 * every read audited with the people's ids, and an agency that is not involved refused at every route and at the
 * module itself.
 */
@HearthIntegrationTest
class OrderPagesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Orders orders;
    @LocalServerPort
    int port;

    record Pair(UUID victim, UUID subject) {
    }

    /** A victim and the person causing harm, related on the record, both known to the agency. */
    private Pair pair(String agency) {
        UUID victim = person("Verity");
        UUID subject = person("Sebastian");
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, 'EX_PARTNER')")
                .params(victim, subject).update();
        fixtures.grant(victim, fixtures.agency(agency).id().value(), "RECORDED");
        fixtures.grant(subject, fixtures.agency(agency).id().value(), "RECORDED");
        return new Pair(victim, subject);
    }

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Order"), UUID.randomUUID()).update();
        return id;
    }

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    private long ordersAgainst(UUID subject) {
        return jdbc.sql("SELECT count(*) FROM protective_order WHERE subject_id = ?").param(subject)
                .query(Long.class).single();
    }

    private static void date(Map<String, String> form, String field, String iso) {
        LocalDate d = LocalDate.parse(iso);
        form.put(field + ".day", String.valueOf(d.getDayOfMonth()));
        form.put(field + ".month", String.valueOf(d.getMonthValue()));
        form.put(field + ".year", String.valueOf(d.getYear()));
    }

    /** A DVPO after a DVPN given on Friday 5 December 2025 at 18:00: heard by Monday 18:00 (Sunday left out). */
    private static Map<String, String> dvpo(Pair p) {
        Map<String, String> form = new HashMap<>(Map.of("type", "DVPO", "role", "PROTECTED",
                "other", p.subject().toString(), "applicant", "POLICE", "conditions", "Not to enter the street."));
        date(form, "noticeAt", "2025-12-05");
        form.put("noticeAtTime", "18:00");
        date(form, "hearingAt", "2025-12-08");
        form.put("hearingAtTime", "17:00");
        date(form, "madeAt", "2025-12-08");
        form.put("madeAtTime", "17:30");
        date(form, "startsOn", "2025-12-08");
        date(form, "endsOn", "2025-12-21");
        return form;
    }

    @Test
    void anInvolvedPractitionerRecordsADvpoWithItsClockAndABreachAndEveryReadIsAudited() {
        String agency = Fixtures.uniqueName("Orders Police ");
        Pair p = pair(agency);
        TestUser officer = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        WebSession web = as(officer);
        String base = "/people/" + p.victim() + "/orders";

        assertThat(web.get("/people/" + p.victim()).html().select("#orders-link").attr("href")).isEqualTo(base);
        Page empty = web.get(base);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html().select("#no-orders").text()).contains("No protective orders");
        Page form = web.get(base + "/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("select#other option").eachAttr("value")).contains(p.subject().toString());

        // nothing chosen: a message per field, in an error summary
        Page blank = web.post(base, Map.of("role", "PROTECTED"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorSummary()).contains("Choose the type of order", "Name the person the order is against",
                "Choose who applied for the order", "Enter when the order was made", "Enter the date the order starts");
        assertThat(blank.html().select(".govuk-error-summary a[href=#type]")).hasSize(1);
        assertThat(blank.html().title()).startsWith("Error: ");

        // the end before the start
        Map<String, String> backwards = dvpo(p);
        date(backwards, "endsOn", "2025-12-01");
        Page refused = web.post(base, backwards);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("The order must end on or after the day it starts");
        assertThat(refused.html().select("#endsOn-error").text()).contains("must end on or after");

        // a DVPO of 30 days
        Map<String, String> tooLong = dvpo(p);
        date(tooLong, "endsOn", "2026-01-06");
        assertThat(web.post(base, tooLong).errorSummary()).contains("DVPOs last 28 days at most: this one lasts 30 days");

        // a hearing after the 48 hours (Friday 18:00 + 6 + 24 (Saturday) + 18 (Monday)): due by Monday 18:00
        Map<String, String> late = dvpo(p);
        late.put("hearingAtTime", "18:30");
        late.put("madeAtTime", "19:00");
        Page tooLate = web.post(base, late);
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.errorSummary()).contains("The hearing must be by 18:00 on Monday 8 December 2025: within "
                + "48 hours of when the notice was given, leaving out Sundays, bank holidays, Christmas Day and Good Friday");

        // a notice without its time, and an unreal date: the page's errors and the module's together
        Map<String, String> untimed = dvpo(p);
        untimed.remove("noticeAtTime");
        untimed.put("startsOn.day", "31");
        untimed.put("startsOn.month", "2");
        Page both = web.post(base, untimed);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorSummary()).contains("Enter the time, for example 14:30", "The date must be a real date");
        assertThat(ordersAgainst(p.subject())).as("nothing half-saved").isZero();

        // a DVPO within its clock
        Page saved = web.post(base, dvpo(p));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(ordersAgainst(p.subject())).isEqualTo(1);
        String orderPath = saved.location().replaceAll("^https?://[^/]+", "");
        assertThat(orderPath).startsWith(base + "/");
        UUID order = UUID.fromString(orderPath.substring(orderPath.lastIndexOf('/') + 1));
        Page page = web.get(orderPath);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#order-summary").text()).contains("Domestic violence protection order",
                "Not to enter the street.", "21 December 2025 (14 days)", "3 days before");
        assertThat(page.html().select("#clocks").text()).contains("Hearing within 48 hours of the notice",
                "18:00 on Monday 8 December 2025", "Met");
        assertThat(page.body()).doesNotContain(order.toString() + "</");

        // breaches: a date before the order refused; then one recorded with the police response
        Map<String, String> early = new HashMap<>(Map.of("policeResponse", "ARRESTED"));
        date(early, "occurredOn", "2025-12-01");
        Page earlyBreach = web.post(orderPath + "/breaches", early);
        assertThat(earlyBreach.status()).isEqualTo(400);
        assertThat(earlyBreach.errorSummary()).contains("The breach must be on or after the day the order starts");
        Map<String, String> breach = new HashMap<>(Map.of("policeResponse", "ARRESTED", "details", "At the door."));
        date(breach, "occurredOn", "2025-12-10");
        assertThat(web.post(orderPath + "/breaches", breach).status()).isEqualTo(303);
        assertThat(web.get(orderPath).html().select("#breaches").text()).contains("10 December 2025", "Arrested",
                "At the door.");
        assertThat(jdbc.sql("SELECT count(*) FROM order_breach WHERE order_id = ?").param(order).query(Long.class)
                .single()).isEqualTo(1);

        // the list, from either person's record
        assertThat(web.get(base).html().select("#orders").text()).contains("DVPO", "Protects this person", "1 breach");
        assertThat(web.get("/people/" + p.subject() + "/orders").html().select("#orders").text())
                .contains("Against this person");

        // every read is audited with both people's ids and the order's
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'protective-order' AND action = 'READ'
                  AND ? = ANY(record_ids) AND ? = ANY(record_ids) AND ? = ANY(record_ids) AND actor_id = ?""")
                .params(p.victim().toString(), p.subject().toString(), order.toString(),
                        officer.user().id().value()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'protective-order' AND action = 'CREATE'
                  AND ? = ANY(record_ids) AND ? = ANY(record_ids)""")
                .params(p.victim().toString(), p.subject().toString()).query(Long.class).single()).isEqualTo(1);
    }

    private static Page json(WebSession web, String method, String path, String body) {
        String token = web.get("/account").csrf();
        HttpRequest.Builder request = HttpRequest.newBuilder(web.uri(path)).header("Accept", "application/json");
        if (method.equals("GET")) {
            return web.send(request.GET());
        }
        return web.send(request.header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void theApiRecordsAndListsOrdersWithProblemDetailsForBadInput() {
        String agency = Fixtures.uniqueName("Orders IDVA ");
        Pair p = pair(agency);
        WebSession web = as(fixtures.enrolledUserAt(agency, Role.PRACTITIONER));
        String base = "/api/people/" + p.victim() + "/orders";

        Page invalid = json(web, "POST", base, """
                {"type": "DVPO", "protectedPersons": ["%s"], "subject": "%s", "applicant": "VICTIM",
                 "noticeAt": "2025-12-05T18:00:00Z", "hearingAt": "2025-12-09T10:00:00Z",
                 "madeAt": "2025-12-09T10:30:00Z", "startsOn": "2025-12-09", "endsOn": "2026-01-20"}"""
                .formatted(p.victim(), p.subject()));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.body()).contains("\"field\":\"applicant\"", "Applications for a DVPO are made by the police",
                "\"field\":\"hearingAt\"", "\"field\":\"endsOn\"", "DVPOs last 28 days at most");
        Page unknown = json(web, "POST", base, "{\"type\": \"DVPO\", \"colour\": \"red\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"colour\"");
        assertThat(ordersAgainst(p.subject())).isZero();

        Page created = json(web, "POST", base, """
                {"type": "NON_MOLESTATION", "protectedPersons": ["%s"], "subject": "%s", "applicant": "VICTIM",
                 "madeAt": "2025-11-03T11:00:00Z", "servedAt": "2025-11-04T09:00:00Z", "startsOn": "2025-11-03",
                 "endsOn": "2026-05-02", "conditions": "No contact by any means."}""".formatted(p.victim(), p.subject()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"type\":\"NON_MOLESTATION\"", "\"reference\":\"PO-");
        Page list = json(web, "GET", base, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("No contact by any means.", p.subject().toString());
        assertThat(json(web, "GET", created.location(), null).status()).isEqualTo(200);
        assertThat(json(web, "GET", base + "/" + UUID.randomUUID(), null).status()).isEqualTo(404);

        Page breach = json(web, "POST", created.location() + "/breaches",
                "{\"occurredOn\": \"2025-12-01\", \"policeResponse\": \"CHARGED\"}");
        assertThat(breach.status()).as(breach.body()).isEqualTo(201);
        Page future = json(web, "POST", created.location() + "/breaches",
                "{\"occurredOn\": \"" + LocalDate.now(UK).plusDays(2) + "\", \"policeResponse\": \"CHARGED\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"occurredOn\"", "cannot be in the future");

        // a person the agency has no ground on and who is no relation of the victim cannot be named
        UUID stranger = person("Stanley");
        Page unrelated = json(web, "POST", base, """
                {"type": "RESTRAINING", "protectedPersons": ["%s"], "subject": "%s", "applicant": "COURT",
                 "madeAt": "2025-11-03T11:00:00Z", "startsOn": "2025-11-03"}""".formatted(p.victim(), stranger));
        assertThat(unrelated.status()).isEqualTo(400);
        assertThat(unrelated.body()).contains("\"field\":\"subject\"", "Choose a person from this person's record");
        assertThat(ordersAgainst(stranger)).isZero();
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    @Test
    void anAgencyThatIsNotInvolvedIsRefusedEveryRouteAndByTheModule() {
        String agency = Fixtures.uniqueName("Orders Involved ");
        Pair p = pair(agency);
        TestUser involved = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        WebSession mine = as(involved);
        Page saved = mine.post("/people/" + p.victim() + "/orders", dvpo(p));
        assertThat(saved.status()).isEqualTo(303);
        String orderPath = saved.location().replaceAll("^https?://[^/]+", "");
        UUID order = UUID.fromString(orderPath.substring(orderPath.lastIndexOf('/') + 1));

        TestUser outsider = fixtures.enrolledUserAt(Fixtures.uniqueName("Orders Stranger "), Role.PRACTITIONER);
        WebSession web = as(outsider);
        String base = "/people/" + p.victim() + "/orders";
        assertThat(web.get(base).status()).isEqualTo(403);
        assertThat(web.get(base + "/new").status()).isEqualTo(403);
        assertThat(web.get(orderPath).status()).isEqualTo(403);
        assertThat(web.get("/people/" + p.subject() + "/orders/" + order).status()).isEqualTo(403);
        web.get("/account");
        assertThat(web.post(base, dvpo(p)).status()).isEqualTo(403);
        Map<String, String> breach = new HashMap<>(Map.of("policeResponse", "ARRESTED"));
        date(breach, "occurredOn", "2025-12-10");
        web.get("/account");
        assertThat(web.post(orderPath + "/breaches", breach).status()).isEqualTo(403);
        assertThat(json(web, "GET", "/api" + base, null).status()).isEqualTo(403);
        assertThat(json(web, "GET", "/api" + orderPath, null).status()).isEqualTo(403);
        assertThat(json(web, "POST", "/api" + base, "{}").status()).isEqualTo(403);
        assertThat(ordersAgainst(p.subject())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM order_breach WHERE order_id = ?").param(order).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'protective-order' AND actor_id = ?""")
                .param(outsider.user().id().value()).query(Long.class).single()).as("nothing read").isZero();

        // the module refuses on its own, whatever a page or the API checked before
        actAs(outsider.user());
        try {
            PersonId victim = new PersonId(p.victim());
            assertThatThrownBy(() -> orders.forPerson(victim)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> orders.find(new OrderId(order), victim))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> orders.recordBreach(new OrderId(order), victim,
                    new NewBreach(LocalDate.of(2025, 12, 10), PoliceResponse.ARRESTED, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> orders.record(victim, new NewOrder("BAIL", List.of(victim),
                    new PersonId(p.subject()), Applicant.COURT, null, null, Instant.parse("2025-12-01T10:00:00Z"),
                    null, null, null, LocalDate.of(2025, 12, 1), null, null, false, null)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(ordersAgainst(p.subject())).isEqualTo(1);
        // and the involved agency still reads it
        actAs(involved.user());
        try {
            assertThat(orders.forPerson(new PersonId(p.subject()))).hasSize(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
