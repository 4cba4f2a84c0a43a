package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.calendar.WorkingDays;
import org.hearth.hub.HubMeetings;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The hub coordinator runs a morning meeting of three cases in a real browser: starts it, decides each case (one
 * with several decisions at once), records actions for the victim and the children, and ends it.
 */
@HearthIntegrationTest
class HubMeetingBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
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

    private String referral(AreaId area, LocalDate on, String grade, int score) {
        UUID victim = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, ?, ?, ?)")
                .params(victim, "Vic", Fixtures.uniqueName("Hubb"), UUID.randomUUID()).update();
        UUID id = UUID.randomUUID();
        String reference = "HB-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO referral (id, reference, source, referring_agency_id, received_on, incident_on, victim_id,
                    consent, area_id, police_risk_grade, police_risk_score)
                VALUES (?, ?, 'IMPORT', ?, ?, ?, ?, 'GIVEN', ?, ?, ?)""")
                .params(id, reference, fixtures.agency("Hub Browser Police").id().value(), on, on, victim, area.value(),
                        grade, score).update();
        return reference;
    }

    @Test
    void theCoordinatorRunsAMeetingOfThreeCasesAndRecordsActions() {
        fixtures.agency("Hub Browser Police"); // the partnership, if this test runs first
        AreaId area = partnerships.addArea(Fixtures.uniqueName("Hub Browser Area"), 90000).id();
        LocalDate day = workingDays.nextWorkingDay(LocalDate.now(Dates.UK));
        LocalDate received = hub.windowFrom(day);
        String medium = referral(area, received, "MEDIUM", 11);
        String high = referral(area, received, "HIGH", 17);
        String standard = referral(area, received, "STANDARD", 4);
        var coordinator = fixtures.enrolledUserAt("Hub Browser Coordinators", Role.HUB_COORDINATOR);
        fixtures.agency("Northfield Children's Social Care");
        StaffUser u = coordinator.user();
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        HubMeetings.Meeting meeting;
        try {
            meeting = hub.open(area, day);
        } finally {
            SecurityContextHolder.clearContext();
        }

        WebDriver driver = chromium.driver();
        LoginPage.open(driver, base()).signIn(coordinator.username(), coordinator.password()).enterCode(coordinator.code(0));
        HubMeetingPage agenda = HubMeetingPage.open(driver, base() + "/hub/meetings/" + meeting.id());
        // (this test's cases are "HB-")
        List<String> rows = agenda.cases().stream().filter(r -> r.contains(" HB-")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).as("high risk first").contains(high);
        assertThat(rows.get(1)).contains(medium);
        assertThat(rows.get(2)).contains(standard);
        agenda = agenda.start();
        assertThat(agenda.state()).contains("in progress").contains("waiting");

        HubMeetingPage c = agenda.openCase(high).decide("High risk: 17 on the police DASH, children at home",
                "Refer to MARAC", "Refer to the IDVA service", "Refer to children's social care");
        assertThat(c.status()).isEqualTo("Decided");
        c = c.action("For the victim", "IDVA to make safe contact within 24 hours", "Hub Browser Police",
                day.plusDays(1));
        c = c.action("For the children", "Social worker to visit the children", "Northfield Children's Social Care",
                day.plusDays(2));
        assertThat(c.actions()).contains("For the victim").contains("IDVA to make safe contact")
                .contains("For the children").contains("Northfield Children's Social Care");
        chromium.screenshot("hub-case");

        c = c.backToAgenda().openCase(medium).decide("Medium risk: outreach", "Outreach");
        c = c.action("For the perpetrator", "Check bail conditions", "Hub Browser Police", day.plusDays(3));
        assertThat(c.actions()).contains("Check bail conditions");
        c = c.backToAgenda().openCase(standard).decide("Standard risk, known to services", "Information only");
        assertThat(c.status()).isEqualTo("Decided");

        agenda = c.backToAgenda().end();
        assertThat(agenda.state()).contains("has ended");
        assertThat(agenda.cases()).filteredOn(r -> r.contains(" HB-")).hasSize(3).allMatch(r -> r.contains("Decided"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
