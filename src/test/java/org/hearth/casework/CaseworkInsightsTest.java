package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The casework figures against a hand-built set: capacity per FTE, first contact within target, outcomes at exit
 * and risk at exit against intake; the service's managers see them as they are, analysts with small numbers
 * suppressed, a manager of another service not at all.
 */
@HearthIntegrationTest
class CaseworkInsightsTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseServices services;
    @Autowired
    CaseworkInsights insights;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        CaseworkTest.signOut();
    }

    /** A case written as a row: referred, first contact on a day (or none), closed (or open). */
    private UUID kase(CaseServiceId service, StaffUser worker, LocalDate referred, LocalDate due, LocalDate contact,
            LocalDate closed) {
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Fig', ?, ?)")
                .params(person, Fixtures.uniqueName("Figures"), UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_case (id, reference, service_id, person_id, source, source_kind, referred_on,
                    referred_by, status, worker_id, allocated_at, first_contact_due, first_contact_at, engagement,
                    closed_on, closure_reason)
                VALUES (?, ?, ?, ?, 'API', 'IDVA', ?, 'Test', ?, ?, now(), ?, ?, ?, ?, ?)""")
                .params(id, "CW-F-" + id.toString().substring(0, 8), service.value(), person, referred,
                        closed == null ? "OPEN" : "CLOSED", worker.id().value(), due,
                        contact == null ? null : Timestamp.from(contact.atTime(11, 0).atZone(UK).toInstant()),
                        contact == null ? null : "ENGAGED", closed, closed == null ? null : "RISK_REDUCED").update();
        return id;
    }

    private void outcome(UUID kase, String stage, String risk, String abuse, String wellbeing, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework_outcome (id, case_id, stage, recorded_on, risk, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(id, kase, stage, on, risk, UUID.randomUUID()).update();
        jdbc.sql("INSERT INTO casework_outcome_answer VALUES (?, 'PHYSICAL', ?)").params(id, abuse).update();
        if (wellbeing != null) {
            jdbc.sql("INSERT INTO casework_outcome_answer VALUES (?, 'FEELS_SAFER', ?)").params(id, wellbeing).update();
        }
    }

    @Test
    void figuresAgainstAHandBuiltSet() {
        String agency = Fixtures.uniqueName("Figures IDVA");
        Fixtures.TestUser managerLogin = fixtures.enrolledUserAt(agency, Role.PRACTITIONER);
        StaffUser manager = managerLogin.user();
        StaffUser worker = fixtures.enrolledUserAt(agency, Role.PRACTITIONER).user();
        String otherAgency = Fixtures.uniqueName("Figures Other");
        StaffUser otherManager = fixtures.enrolledUserAt(otherAgency, Role.PRACTITIONER).user();
        CaseworkTest.actAs(fixtures.enrolledUser(Role.SYSTEM_ADMIN).user());
        CaseService s = services.create(fixtures.agency(agency).id(), null, ServiceKind.IDVA,
                Fixtures.uniqueName("Figures "), 2, 60, 80);
        services.setWorker(s.id(), manager.id(), new BigDecimal("0.5"), true);
        services.setWorker(s.id(), worker.id(), BigDecimal.ONE, false);
        CaseService other = services.create(fixtures.agency(otherAgency).id(), null, ServiceKind.OUTREACH,
                Fixtures.uniqueName("Figures other "), 2, 60, 80);
        services.setWorker(other.id(), otherManager.id(), BigDecimal.ONE, true);
        CaseworkTest.signOut();

        LocalDate d = LocalDate.of(2025, 3, 3); // a Monday; due Wednesday
        LocalDate due = d.plusDays(2);
        // 6 open: 3 contacted in target, 2 late, 1 never
        for (int i = 0; i < 3; i++) {
            kase(s.id(), worker, d, due, d.plusDays(1), null);
        }
        kase(s.id(), worker, d, due, d.plusDays(5), null);
        kase(s.id(), worker, d, due, d.plusDays(9), null);
        kase(s.id(), worker, d, due, null, null);
        // 4 closed in 2025: 3 with exit outcomes (physical abuse stopped, reduced, continuing), 1 disengaged
        LocalDate closedOn = LocalDate.of(2025, 9, 1);
        UUID a = kase(s.id(), worker, d, due, d, closedOn);
        UUID b = kase(s.id(), worker, d, due, d, closedOn);
        UUID c = kase(s.id(), worker, d, due, d, closedOn);
        UUID x = kase(s.id(), worker, d, due, d, closedOn);
        jdbc.sql("UPDATE casework_case SET closure_reason = 'DISENGAGED' WHERE id = ?").param(x).update();
        outcome(a, "INTAKE", "HIGH", "PRESENT", null, d);
        outcome(a, "EXIT", "STANDARD", "STOPPED", "YES", closedOn);
        outcome(b, "INTAKE", "HIGH", "PRESENT", null, d);
        outcome(b, "EXIT", "HIGH", "REDUCED", "PARTLY", closedOn);
        outcome(c, "EXIT", "MEDIUM", "PRESENT", "YES", closedOn);
        // closed outside the period: not counted
        UUID late = kase(s.id(), worker, d, due, d, LocalDate.of(2026, 2, 1));
        outcome(late, "EXIT", "STANDARD", "STOPPED", "YES", LocalDate.of(2026, 2, 1));

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        CaseworkTest.actAs(manager);
        ServiceFigures f = insights.figures(s.id(), from, to);
        assertThat(f.open()).isEqualTo(6);
        assertThat(f.fte()).isEqualByComparingTo("1.5");
        assertThat(f.perFte()).isEqualTo(4.0);
        assertThat(f.guideLow()).isEqualTo(90);
        assertThat(f.guideHigh()).isEqualTo(120);
        assertThat(f.band()).isEqualTo("Room");
        assertThat(f.referred()).isEqualTo(11);
        assertThat(f.contactedInTarget()).isEqualTo(3 + 5);
        assertThat(f.contactedLate()).isEqualTo(2);
        assertThat(f.notContacted()).isEqualTo(1);
        assertThat(f.closed()).isEqualTo(4);
        assertThat(f.closedWithExit()).isEqualTo(3);
        assertThat(f.answered("PHYSICAL", OutcomeAnswer.STOPPED)).isEqualTo(1);
        assertThat(f.answered("PHYSICAL", OutcomeAnswer.REDUCED)).isEqualTo(1);
        assertThat(f.answered("PHYSICAL", OutcomeAnswer.PRESENT)).isEqualTo(1);
        assertThat(f.answered("FEELS_SAFER", OutcomeAnswer.YES)).isEqualTo(2);
        assertThat(f.riskCompared()).isEqualTo(2);
        assertThat(f.riskLower()).isEqualTo(1);
        assertThat(f.riskSame()).isEqualTo(1);

        CaseworkTest.actAs(otherManager);
        assertThatThrownBy(() -> insights.figures(s.id(), from, to)).as("a manager of another service")
                .isInstanceOf(AccessDeniedException.class);
        CaseworkTest.actAs(worker);
        assertThatThrownBy(() -> insights.figures(s.id(), from, to)).as("a worker who does not manage")
                .isInstanceOf(AccessDeniedException.class);
        CaseworkTest.signOut();

        // the manager's page as it is; the analyst's with small numbers suppressed
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt(agency, Role.PRACTITIONER));
        WebSession mine = new WebSession(port);
        mine.signIn(managerLogin);
        String page = mine.get("/casework/services/" + s.id() + "/insights?from=2025-01-01&to=2025-12-31").html()
                .select("main").text();
        assertThat(page).contains("8 (72.7%)", "2 (66.7%)", "1 (50.0%)", "90-120 (Room)");
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        String row = analyst.get("/insights/casework?from=2025-01-01&to=2025-12-31").html()
                .select("tr:contains(" + s.name() + ")").text();
        assertThat(row).contains("8 (72.7%)").contains("<5").doesNotContain("66.7%").doesNotContain("50.0%");
        assertThat(analyst.get("/insights/casework?from=2025-13-01").status()).isEqualTo(400);
        assertThat(analyst.get("/insights").html().select("#casework-insights-link a").attr("href"))
                .as("the insights dashboard links to the casework figures").isEqualTo("/insights/casework");
        assertThat(web.get("/casework/services/" + s.id() + "/insights").status()).as("not a manager").isEqualTo(403);

        // the same figures on the dashboard and in the board report's sources, suppressed: the service's row and the
        // partnership's headlines (11 referred this year of the test, 8 contacted within target)
        var dashboard = analyst.get("/insights?from=2025-01-01&to=2025-12-31").html();
        assertThat(dashboard.select("#casework-services tr:contains(" + s.name() + ")").text())
                .startsWith(s.name()).contains(" 11 ").endsWith("Room");
        assertThat(dashboard.select("#figure-casework-contact-in-target .hearth-figure__value").text())
                .as("8 of at least 11 referred: a share, not a count").endsWith("%");
    }
}
