package org.hearth.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The order types page for system administrators: a clock added and changed (audited), refused input (400, an
 * error summary, nothing written), and everyone else refused by the web and by the module. Works on a type made for
 * the test, so the seeded types other tests time orders by are not changed.
 */
@HearthIntegrationTest
class OrderTypeAdminTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Orders orders;
    @LocalServerPort
    int port;

    String code;

    @BeforeEach
    void aTypeOfItsOwn() {
        StringBuilder letters = new StringBuilder("TEST_");
        UUID.randomUUID().toString().chars().filter(Character::isLetter).limit(8)
                .forEach(c -> letters.append(Character.toUpperCase((char) c)));
        code = letters.toString() + "_X";
        jdbc.sql("""
                INSERT INTO order_type (code, name, short_name, sort_order, warning_days, applicants)
                VALUES (?, ?, 'Test notice', 999, 1, ARRAY['POLICE'])""").params(code, "Test notice " + code).update();
    }

    @AfterEach
    void removeIt() {
        SecurityContextHolder.clearContext();
        jdbc.sql("DELETE FROM order_type WHERE code = ?").param(code).update();
    }

    private int clocks() {
        return jdbc.sql("SELECT count(*) FROM order_type_clock WHERE type_code = ?").param(code).query(Integer.class)
                .single();
    }

    @Test
    void anAdministratorAddsAndChangesAClock() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        Page list = web.get("/admin/order-types");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#DVPO-clocks").text()).contains("48 hours");
        assertThat(list.html().select("#" + code).text()).contains("Test notice");
        assertThat(web.get("/admin/order-types/" + code + "/clocks/new").status()).isEqualTo(200);

        // everything wrong at once, nothing written
        Page refused = web.post("/admin/order-types/" + code + "/clocks", Map.of("amount", "forty"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("Choose what meets the clock").contains("Enter the name of the clock")
                .contains("Choose what the clock counts from").contains("whole number").contains("Choose hours or days");
        assertThat(clocks()).isZero();
        Page tooLong = web.post("/admin/order-types/" + code + "/clocks", Map.of("kind", "HEARING", "label", "Hearing",
                "anchor", "MADE", "amount", "5000", "unit", "HOURS"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorSummary()).contains("from 1 to 1000");
        assertThat(clocks()).isZero();

        // added
        Page added = web.post("/admin/order-types/" + code + "/clocks", Map.of("kind", "HEARING",
                "label", "Hearing of the application", "anchor", "MADE", "amount", "48", "unit", "HOURS",
                "excluded", "SUNDAY", "enforced", "true"));
        assertThat(added.status()).isEqualTo(303);
        ClockRule clock = orders.type(code).orElseThrow().clock(ClockRule.Kind.HEARING).orElseThrow();
        assertThat(clock).isEqualTo(new ClockRule(ClockRule.Kind.HEARING, "Hearing of the application",
                ClockRule.Anchor.MADE, 48, ClockRule.Unit.HOURS, Set.of(ExcludedDay.SUNDAY), true));
        web.get("/admin/order-types/" + code + "/clocks/new");
        assertThat(web.post("/admin/order-types/" + code + "/clocks", Map.of("kind", "HEARING", "label", "Again",
                "anchor", "MADE", "amount", "24", "unit", "HOURS")).errorSummary()).contains("already has a clock");
        assertThat(clocks()).isEqualTo(1);

        // changed
        assertThat(web.get("/admin/order-types/" + code + "/clocks/HEARING").html().select("#amount").val())
                .isEqualTo("48");
        Page changed = web.post("/admin/order-types/" + code + "/clocks/HEARING", Map.of("label",
                "Hearing of the application", "anchor", "NOTICE", "amount", "3", "unit", "DAYS", "enforced", "false"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(orders.type(code).orElseThrow().clock(ClockRule.Kind.HEARING).orElseThrow())
                .isEqualTo(new ClockRule(ClockRule.Kind.HEARING, "Hearing of the application", ClockRule.Anchor.NOTICE,
                        3, ClockRule.Unit.DAYS, Set.of(), false));
        assertThat(web.get("/admin/order-types/" + code + "/clocks/NOTIFICATION").status()).isEqualTo(404);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'order-type' AND action = 'UPDATE'
                AND ? = ANY(record_ids)""").param(code).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void noOneElseChangesAType() {
        TestUser practitioner = fixtures.enrolledUser(Role.PRACTITIONER);
        TestUser coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        for (TestUser u : new TestUser[] {practitioner, coordinator}) {
            WebSession web = new WebSession(port);
            web.signIn(u);
            assertThat(web.get("/admin/order-types").status()).isEqualTo(403);
            web.get("/"); // a page with the session's CSRF token, so the refusal is the route's guard
            assertThat(web.post("/admin/order-types/" + code + "/clocks", Map.of("kind", "HEARING", "label", "x",
                    "anchor", "MADE", "amount", "48", "unit", "HOURS")).status()).isEqualTo(403);
        }
        // the module refuses on its own
        ClockRule rule = new ClockRule(ClockRule.Kind.HEARING, "Hearing", ClockRule.Anchor.MADE, 48,
                ClockRule.Unit.HOURS, Set.of(), false);
        actAs(practitioner.user());
        assertThatThrownBy(() -> orders.saveClock(code, rule, true)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> orders.saveClock(code, rule, true)).as("nobody signed in")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clocks()).isZero();
        // a system administrator adds it through the module and gets the type back with it
        actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        assertThat(orders.saveClock(code, rule, true).clock(ClockRule.Kind.HEARING)).hasValue(rule);
        assertThat(clocks()).isEqualTo(1);
    }

    private Integer[] lengthAndWarning() {
        return jdbc.sql("SELECT min_days, max_days, warning_days FROM order_type WHERE code = ?").param(code)
                .query((rs, n) -> new Integer[] {(Integer) rs.getObject(1), (Integer) rs.getObject(2),
                        rs.getInt(3)}).single();
    }

    private int lengthAudits() {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'order-type' AND action = 'UPDATE'
                AND ? = ANY(record_ids) AND reason LIKE 'length changed%'""").param(code).query(Integer.class).single();
    }

    @Test
    void anAdministratorChangesTheLengthAndWarningDays() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        assertThat(web.get("/admin/order-types").html().select("#" + code + "-length a").attr("href"))
                .isEqualTo("/admin/order-types/" + code + "/length");
        Page form = web.get("/admin/order-types/" + code + "/length");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#warningDays").val()).isEqualTo("1");

        // everything wrong at once, nothing written
        Page refused = web.post("/admin/order-types/" + code + "/length", Map.of("minDays", "two weeks",
                "maxDays", "-3", "warningDays", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorSummary()).contains("whole number of days").contains("how many days before");
        Page shorter = web.post("/admin/order-types/" + code + "/length", Map.of("minDays", "14", "maxDays", "10",
                "warningDays", "3"));
        assertThat(shorter.status()).isEqualTo(400);
        assertThat(shorter.errorSummary()).contains("at least the shortest");
        // a 13-day warning on a 14-day order would show on its first day (the issue's 14-day DVPO)
        Page firstDay = web.post("/admin/order-types/" + code + "/length", Map.of("minDays", "14", "maxDays", "28",
                "warningDays", "13"));
        assertThat(firstDay.status()).isEqualTo(400);
        assertThat(firstDay.errorSummary()).contains("would show on its first day").contains("at most 12");
        assertThat(web.post("/admin/order-types/" + code + "/length", Map.of("minDays", "0", "warningDays", "400"))
                .errorSummary()).contains("from 1 to 3650").contains("from 0 to 365");
        assertThat(lengthAndWarning()).containsExactly(null, null, 1);
        assertThat(lengthAudits()).isZero();

        // saved, and the warning follows it
        Page saved = web.post("/admin/order-types/" + code + "/length", Map.of("minDays", "14", "maxDays", "28",
                "warningDays", "12"));
        assertThat(saved.status()).isEqualTo(303);
        OrderType type = orders.type(code).orElseThrow();
        assertThat(type.lengthWords()).isEqualTo("14 to 28 days");
        assertThat(type.warningDays()).isEqualTo(12);
        java.time.LocalDate end = java.time.LocalDate.of(2026, 12, 14);
        assertThat(type.warnsOn(end, java.time.LocalDate.of(2026, 12, 1))).as("first day of a 14-day order").isFalse();
        assertThat(type.warnsOn(end, java.time.LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(lengthAudits()).isEqualTo(1);

        // the API: problem details naming each field, then a change back to no fixed length
        String csrf = web.get("/admin/order-types/" + code + "/length").csrf();
        Page problem = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/orders/types/" + code))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"minDays": 20, "maxDays": 10, "warningDays": -1}""")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body()).contains("\"maxDays\"", "\"warningDays\"");
        assertThat(lengthAndWarning()).containsExactly(14, 28, 12);
        Page ok = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/orders/types/" + code))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"minDays": null, "maxDays": null, "warningDays": 7}""")));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"length\":\"No fixed length\"", "\"warningDays\":7");
        assertThat(lengthAndWarning()).containsExactly(null, null, 7);
        assertThat(web.get("/api/orders/types/" + code).body()).contains("\"warningDays\":7");
        assertThat(web.get("/api/orders/types/NO_SUCH_TYPE").status()).isEqualTo(404);
        assertThat(lengthAudits()).isEqualTo(2);
    }

    @Test
    void noOneElseChangesALength() {
        TestUser practitioner = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(practitioner);
        assertThat(web.get("/admin/order-types/" + code + "/length").status()).isEqualTo(403);
        String csrf = web.get("/").csrf();
        assertThat(web.post("/admin/order-types/" + code + "/length", Map.of("minDays", "2", "maxDays", "9",
                "warningDays", "0")).status()).isEqualTo(403);
        assertThat(web.send(java.net.http.HttpRequest.newBuilder(web.uri("/api/orders/types/" + code))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"minDays": 2, "maxDays": 9, "warningDays": 0}"""))).status()).isEqualTo(403);
        assertThat(web.get("/api/orders/types").status()).isEqualTo(403);
        actAs(practitioner.user());
        assertThatThrownBy(() -> orders.saveLength(code, 2, 9, 0)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> orders.saveLength(code, 2, 9, 0)).as("nobody signed in")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lengthAndWarning()).containsExactly(null, null, 1);
    }

    private static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }
}
