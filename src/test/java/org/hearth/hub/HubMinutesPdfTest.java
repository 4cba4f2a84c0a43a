package org.hearth.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The hub minutes as a PDF: every page marked OFFICIAL-SENSITIVE, the download audited, only for the meeting's readers. */
@HearthIntegrationTest
class HubMinutesPdfTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Partnerships partnerships;
    @Autowired
    HubMeetings hub;
    @Autowired
    WorkingDays workingDays;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(StaffUser u) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    private UUID referral(AreaId area, LocalDate on, String family) {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, "Mina", family, UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, area_id, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', ?, 'HIGH', 16)""")
                .params(id, "PDF-" + id.toString().substring(0, 8), fixtures.agency("Hub Referrer").id().value(), on, on,
                        victim, area.value()).update();
        return id;
    }

    @Test
    void everyPageOfTheMinutesIsMarkedAndTheDownloadIsAudited() throws Exception {
        fixtures.agency("Test Agency");
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Pdf Area"), 100000).id();
        LocalDate day = workingDays.nextWorkingDay(LocalDate.now(Dates.UK));
        String family = Fixtures.uniqueName("Pdfvictim");
        for (int i = 0; i < 6; i++) {
            referral(area, hub.windowFrom(day), family + i);
        }
        TestUser coordinator = fixtures.enrolledUserAt("Hub Coordinators", Role.HUB_COORDINATOR);
        actAs(coordinator.user());
        Meeting m = hub.open(area, day);
        for (var c : hub.agenda(m.id())) {
            // a long account on each case, so the minutes run to several pages
            hub.addInformation(c.id(), coordinator.user().agency(), "Known to the police. ".repeat(200));
        }
        signOut();

        WebSession web = new WebSession(port);
        web.signIn(coordinator);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                web.uri("/hub/meetings/" + m.id() + "/minutes.pdf")).header("Cookie", "HEARTH_SESSION="
                + web.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            assertThat(doc.getNumberOfPages()).as("several pages").isGreaterThan(1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("OFFICIAL-SENSITIVE");
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("Mina " + family + "0", "Known to the police.");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND record_type = 'hub-meeting' "
                + "AND ? = ANY(record_ids) AND actor_id = ?").params(m.id().toString(), coordinator.user().id().value())
                .query(Long.class).single()).as("the download is audited").isEqualTo(1);

        // the volumes page: the hub's decisions and the school notifications' figures of the period
        var volumes = web.get("/hub/volumes");
        assertThat(volumes.status()).isEqualTo(200);
        assertThat(volumes.html().getElementById("outcomes")).isNotNull();
        assertThat(volumes.html().getElementById("encompass").text()).contains("Made before the next school day");
        assertThat(volumes.html().getElementById("cases-per-day").text()).isNotBlank();

        // an agency not attending: refused, nothing of the case
        WebSession absent = new WebSession(port);
        absent.signIn(fixtures.enrolledUserAt("Hub Absent Health", Role.AGENCY_REPRESENTATIVE));
        var refused = absent.get("/hub/meetings/" + m.id() + "/minutes.pdf");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(family);
    }
}
