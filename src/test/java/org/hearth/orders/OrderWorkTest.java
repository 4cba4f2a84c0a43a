package org.hearth.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
 * Warnings in "My work" for the agencies involved: an order ending within its type's lead time and a hearing due
 * show; a 14-day DVPO on its first day does not; an agency not involved sees none of them. And the figures of orders
 * made and breached over a period, against a hand-built set.
 */
@HearthIntegrationTest
class OrderWorkTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Orders orders;
    @LocalServerPort
    int port;

    private UUID person(String given) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(id, given, Fixtures.uniqueName("Work"), UUID.randomUUID()).update();
        return id;
    }

    /** An order written as a row, recorded by the agency; a DVPO's hearing at the time it was made. */
    private String order(String type, UUID victim, UUID subject, Instant made, LocalDate starts, LocalDate ends,
            Instant notice, UUID agency) {
        UUID id = UUID.randomUUID();
        String reference = "PO-T-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO protective_order (id, reference, type_code, subject_id, applicant, made_at, notice_at,
                    hearing_at, starts_on, ends_on, recorded_by_name, agency_id)
                VALUES (?, ?, ?, ?, 'POLICE', ?, ?, ?, ?, ?, 'Test', ?)""")
                .params(id, reference, type, subject, Timestamp.from(made),
                        notice == null ? null : Timestamp.from(notice),
                        type.equals("DVPO") ? Timestamp.from(made) : null, starts, ends, agency).update();
        jdbc.sql("INSERT INTO protective_order_person (order_id, person_id) VALUES (?, ?)").params(id, victim).update();
        return reference;
    }

    private void breach(String reference, LocalDate on, UUID agency) {
        jdbc.sql("""
                INSERT INTO order_breach (id, order_id, occurred_on, police_response, recorded_by_name, agency_id)
                SELECT ?, id, ?, 'ARRESTED', 'Test', ? FROM protective_order WHERE reference = ?""")
                .params(UUID.randomUUID(), on, agency, reference).update();
    }

    private WebSession as(TestUser user) {
        WebSession web = new WebSession(port);
        web.signIn(user);
        return web;
    }

    @Test
    void ordersEndingWithinTheirTypesLeadTimeAndHearingsDueShowToTheInvolvedAgencyOnly() {
        String agencyName = Fixtures.uniqueName("Work Police ");
        UUID agency = fixtures.agency(agencyName).id().value();
        LocalDate today = orders.today();
        UUID victim = person("Valerie");
        UUID subject = person("Simon");
        fixtures.grant(victim, agency, "RECORDED");
        // day 12 of a 14-day DVPO: within its 3 days' warning
        String ending = order("DVPO", victim, subject, Instant.now().minusSeconds(11 * 86400L), today.minusDays(11),
                today.plusDays(2), Instant.now().minusSeconds(12 * 86400L), agency);
        // day 1 of a 14-day DVPO: no warning (a 14-day lead time would have warned today)
        String fresh = order("DVPO", victim, subject, Instant.now().minusSeconds(3600), today, today.plusDays(13),
                Instant.now().minusSeconds(7200), agency);
        // a DVPN given two hours ago, its hearing not yet recorded
        String notice = order("DVPN", victim, subject, Instant.now().minusSeconds(7200), today, today.plusDays(2),
                null, agency);
        // and another an hour ago: two of them, counted in words
        order("DVPN", victim, subject, Instant.now().minusSeconds(3600), today, today.plusDays(2), null, agency);

        TestUser officer = fixtures.enrolledUserAt(agencyName, Role.PRACTITIONER);
        Page home = as(officer).get("/");
        assertThat(home.status()).isEqualTo(200);
        String work = home.html().select("main").text();
        assertThat(work).contains("Protective orders ending soon", ending + ": DVPO", "Ends in 2 days");
        assertThat(work).contains("Order hearings due", notice + ": DVPN", "Hearing due by",
                "2 notices or orders your agency is involved with have no hearing recorded");
        assertThat(work).doesNotContain(fresh);
        assertThat(home.html().select("a[href$=" + "/orders/" + jdbc.sql(
                "SELECT id FROM protective_order WHERE reference = ?").param(ending).query(UUID.class).single() + "]")
                .attr("href")).startsWith("/people/" + victim + "/orders/");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'protective-order' AND action = 'READ'
                  AND reason = 'My work: protective orders' AND actor_id = ? AND ? = ANY(record_ids)""")
                .params(officer.user().id().value(), victim.toString()).query(Long.class).single()).isPositive();

        // an agency that is not involved: none of it
        String elsewhere = as(fixtures.enrolledUserAt(Fixtures.uniqueName("Work Stranger "), Role.PRACTITIONER)).get("/")
                .html().select("main").text();
        assertThat(elsewhere).doesNotContain(ending).doesNotContain(notice);
        // the involved agency's staff without a casework role: none of it either
        Page analyst = as(fixtures.enrolledUserAt(agencyName, Role.ANALYST)).get("/");
        assertThat(analyst.status()).isEqualTo(200);
        assertThat(analyst.html().select("main").text()).doesNotContain(ending).doesNotContain(notice);
    }

    @Test
    void aListLongerThanItShowsSaysWhichItShows() {
        String agencyName = Fixtures.uniqueName("Work Many ");
        UUID agency = fixtures.agency(agencyName).id().value();
        LocalDate today = orders.today();
        UUID victim = person("Vera");
        UUID subject = person("Saul");
        fixtures.grant(victim, agency, "RECORDED");
        for (int n = 0; n < 9; n++) {
            order("DVPO", victim, subject, Instant.now().minusSeconds(12 * 86400L), today.minusDays(12),
                    today.plusDays(1 + n % 2), Instant.now().minusSeconds(13 * 86400L), agency);
        }
        Page home = as(fixtures.enrolledUserAt(agencyName, Role.PRACTITIONER)).get("/");
        String work = home.html().select("main").text();
        assertThat(work).contains("9 orders your agency is involved with end soon",
                "The 8 ending soonest are shown.");
        assertThat(home.html().select("main a[href*=/orders/]")).as("the rows shown").hasSize(8);
    }

    @Test
    void ordersMadeAndBreachedOverAPeriodAgainstAHandBuiltSet() {
        UUID agency = fixtures.agency(Fixtures.uniqueName("Figures Agency ")).id().value();
        UUID victim = person("Fiona");
        UUID subject = person("Frank");
        LocalDate on = LocalDate.of(2019, 3, 4);
        String[] dvpos = new String[12];
        for (int i = 0; i < 12; i++) {
            Instant made = on.plusDays(i * 20L).atTime(10, 0).atZone(UK).toInstant();
            dvpos[i] = order("DVPO", victim, subject, made, on.plusDays(i * 20L), on.plusDays(i * 20L + 20), made, agency);
        }
        for (int i = 0; i < 6; i++) {
            Instant made = on.plusDays(i * 30L).atTime(15, 0).atZone(UK).toInstant();
            order("BAIL", victim, subject, made, on.plusDays(i * 30L), null, null, agency);
        }
        // made on 1 January 2020 at 00:30 UK time: outside 2019
        order("DVPO", victim, subject, LocalDate.of(2020, 1, 1).atTime(0, 30).atZone(UK).toInstant(),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 20), null, agency);
        for (int i = 0; i < 5; i++) {
            breach(dvpos[i], on.plusDays(i * 20L + 2), agency);
        }
        breach(dvpos[0], on.plusDays(5), agency);
        breach(dvpos[1], on.plusDays(25), agency);
        breach(dvpos[11], LocalDate.of(2020, 2, 1), agency); // after the period

        OrderFigures figures = orders.figures(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        OrderFigures.Row dvpo = figures.rows().stream().filter(r -> r.typeCode().equals("DVPO")).findFirst().get();
        OrderFigures.Row bail = figures.rows().stream().filter(r -> r.typeCode().equals("BAIL")).findFirst().get();
        assertThat(dvpo.made()).isEqualTo(12);
        assertThat(dvpo.ordersBreached()).isEqualTo(5);
        assertThat(dvpo.breaches()).isEqualTo(7);
        assertThat(bail.made()).isEqualTo(6);
        assertThat(bail.breaches()).isZero();
        assertThat(figures.rows().stream().filter(r -> !r.typeCode().equals("DVPO") && !r.typeCode().equals("BAIL"))
                .mapToLong(OrderFigures.Row::made).sum()).isZero();

        WebSession analyst = as(fixtures.enrolledUser(Role.ANALYST));
        Page page = analyst.get("/insights/orders?from=2019-01-01&to=2019-12-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#figures-DVPO").text()).contains("12", "5", "7");
        assertThat(page.html().select("#figures-ALL").text()).contains("18");
        Page api = analyst.get("/api/insights/orders?from=2019-01-01&to=2019-12-31");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"type\":\"DVPO\"", "\"text\":\"12\"");
        Page backwards = analyst.get("/insights/orders?from=2019-12-31&to=2019-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorSummary()).contains("The start of the period must be on or before its end");
        assertThat(analyst.get("/api/insights/orders?from=yesterday").status()).isEqualTo(400);
    }
}
