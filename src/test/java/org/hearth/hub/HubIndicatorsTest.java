package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily hub's and Operation Encompass's figures on the insights dashboard (section "Daily hub and Operation
 * Encompass") and in its API, for an area: cases reviewed at the daily meeting, decisions by kind, school
 * notifications before the next school day and late, GP notifications; counts from 1 to 4 shown as "&lt;5".
 */
@HearthIntegrationTest
class HubIndicatorsTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Partnerships partnerships;
    @Autowired
    JdbcClient jdbc;

    private UUID referral(AreaId area, LocalDate on) {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, "Vera", Fixtures.uniqueName("Figures"), UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, area_id, received_on, incident_on,
                    victim_id, consent)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, ?, 'GIVEN')""")
                .params(id, "F-" + id.toString().substring(0, 13), fixtures.agency("Hub Referrer").id().value(),
                        area.value(), on, on, victim).update();
        return id;
    }

    @Test
    void theDashboardShowsTheHubsAndSchoolsFiguresSuppressed() {
        fixtures.agency("Test Agency");
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Hub Figures Area"), 60_000).id();
        LocalDate day = LocalDate.now().minusDays(3);
        // a meeting that reviewed 7 cases (7 to MARAC, 5 of them to the IDVA service too) and did not reach 2
        UUID meeting = UUID.randomUUID();
        Instant started = Instant.now().minus(3, ChronoUnit.DAYS);
        jdbc.sql("""
                INSERT INTO hub_meeting (id, area_id, meets_on, window_from, opened_by, started_at, ended_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(meeting, area.value(), day, day.minusDays(1), UUID.randomUUID(),
                Timestamp.from(started), Timestamp.from(started.plus(70, ChronoUnit.MINUTES))).update();
        for (int i = 0; i < 9; i++) {
            UUID referral = referral(area, day.minusDays(1));
            boolean reached = i < 7;
            jdbc.sql("""
                    INSERT INTO hub_case (id, meeting_id, referral_id, reference, source, received_on, victim_id,
                        position, decided_at, not_reached)
                    VALUES (?, ?, ?, 'F', 'IMPORT', ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), meeting, referral,
                    day.minusDays(1), UUID.randomUUID(), i + 1, reached ? Timestamp.from(started) : null, !reached)
                    .update();
            if (reached) {
                jdbc.sql("INSERT INTO referral_triage_decision (referral_id, outcome) VALUES (?, 'REFER_TO_MARAC')")
                        .param(referral).update();
                if (i < 5) {
                    jdbc.sql("INSERT INTO referral_triage_decision (referral_id, outcome) VALUES (?, 'REFER_TO_IDVA')")
                            .param(referral).update();
                }
            }
        }
        // three school notifications of the area, one made after it was due; none acknowledged
        UUID school = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO school (id, area_id, name, phase, dsl_name, dsl_email)
                VALUES (?, ?, ?, 'PRIMARY', 'Dana Lead', 'dana@school.example.test')""")
                .params(school, area.value(), Fixtures.uniqueName("Figures Primary ")).update();
        for (int i = 0; i < 3; i++) {
            Instant made = Instant.now().minus(2, ChronoUnit.DAYS);
            jdbc.sql("""
                    INSERT INTO encompass_notification (id, referral_id, child_id, school_id, police_force, created_at,
                        due_at) VALUES (?, ?, ?, ?, 'Test Police', ?, ?)""")
                    .params(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), school, Timestamp.from(made),
                            Timestamp.from(made.plus(i == 0 ? -1 : 12, ChronoUnit.HOURS))).update();
        }

        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        String query = "from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now() + "&area=" + area.value();
        Page page = analyst.get("/insights?" + query);
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("section#hub h2").text()).isEqualTo("Daily hub and Operation Encompass");
        assertThat(value(html, "hub-cases-reviewed")).isEqualTo("7");
        assertThat(value(html, "hub-meetings")).isEqualTo("<5");
        assertThat(value(html, "hub-cases-carried-over")).isEqualTo("<5");
        assertThat(value(html, "hub-cases-per-meeting")).as("derived from a suppressed count").isEqualTo("[c]");
        assertThat(html.select("table#hub-decisions tr:contains(Refer to MARAC)").text()).contains("7", "100.0%");
        assertThat(html.select("table#hub-decisions tr:contains(Refer to the IDVA service)").text()).contains("5",
                "71.4%");
        assertThat(html.select("table#hub-decisions tr:contains(Strategy discussion)").text()).contains("0");
        assertThat(value(html, "encompass-made")).isEqualTo("<5");
        assertThat(value(html, "encompass-late")).isEqualTo("<5");
        assertThat(value(html, "encompass-before-next-school-day")).isEqualTo("[c]");
        assertThat(value(html, "gp-notifications")).isEqualTo("0");
        assertThat(html.select("table#encompass-timeliness tr:contains(Not acknowledged)").text()).contains("<5");

        // the API gives the same suppressed figures, with no value behind a hidden one
        Page api = analyst.get("/api/insights/indicators?" + query);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"hub-cases-reviewed\"", "\"encompass-made\"", "\"HUB\"");
    }

    private static String value(Document html, String id) {
        return html.select("#figure-" + id + " .hearth-figure__value").text();
    }
}
