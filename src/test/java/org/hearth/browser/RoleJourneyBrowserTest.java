package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A working day's start for each staff role that has the header's search box (hub coordinator, practitioner,
 * agency representative): sign in, find a person by a misspelt name, open the result (the locked-down record
 * where the agency is not involved), and reach the role's own work from "My work" in one click.
 *
 * <p>The police refer Rowena (so Northfield Police are involved with her); the IDVA service has made a referral
 * of its own about someone else (so it has its own work, but is not involved with Rowena).
 */
@HearthIntegrationTest
class RoleJourneyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    String family;
    String rowena;
    String policeReferral;
    String idvaReferral;

    @BeforeEach
    void theDaysReferrals() {
        family = Fixtures.uniqueName("Tarrant");
        policeReferral = refer("Northfield Police", "Rowena", family);
        rowena = jdbc.sql("SELECT victim_id FROM referral WHERE reference = ?").param(policeReferral)
                .query(UUID.class).single().toString();
        idvaReferral = refer("Northfield IDVA Service", "Saoirse", Fixtures.uniqueName("Other"));
    }

    @Test
    void anAgencyRepresentativeFindsTheirPersonAndTheirAgencysReferral() {
        HomePage home = signIn(fixtures.enrolledUserAt("Northfield Police", Role.AGENCY_REPRESENTATIVE));
        SearchResultsPage results = home.search(misspelt());
        assertThat(results.person(rowena)).contains("Rowena " + family).doesNotContain("Not involved");
        results.openPerson(rowena);
        assertThat(PersonRecordPage.full(driver(), "Rowena " + family).showsSafeContact()).isTrue();

        home = HomePage.goHome(driver());
        assertThat(home.workLists()).contains("Referrals your agency made");
        home.openWork(policeReferral);
        assertThat(new ReferralPage(driver()).reference()).isEqualTo(policeReferral);
    }

    @Test
    void aPractitionerWhoseAgencyIsNotInvolvedSeesTheLockedDownRecord() {
        HomePage home = signIn(fixtures.enrolledUserAt("Northfield IDVA Service", Role.PRACTITIONER));
        SearchResultsPage results = home.search(misspelt());
        assertThat(results.person(rowena)).contains("Rowena " + family).contains("Not involved")
                .doesNotContain("14 March");
        results.openPerson(rowena);
        PersonRecordPage stub = PersonRecordPage.restricted(driver());
        assertThat(stub.heading()).isEqualTo("Rowena " + family);
        assertThat(stub.offersBreakTheGlass()).isTrue();
        assertThat(stub.showsSafeContact()).isFalse();

        home = HomePage.goHome(driver());
        home.openWork(idvaReferral);
        assertThat(new ReferralPage(driver()).reference()).isEqualTo(idvaReferral);
    }

    @Test
    void aHubCoordinatorFindsAnyoneAndReachesTheTriageQueue() {
        HomePage home = signIn(fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR));
        SearchResultsPage results = home.search(misspelt());
        assertThat(results.person(rowena)).contains("Rowena " + family).doesNotContain("Not involved");
        results.openPerson(rowena);
        PersonRecordPage.full(driver(), "Rowena " + family);

        home = HomePage.goHome(driver());
        assertThat(home.workLists()).startsWith("Waiting for triage");
        home.openWork("Open the triage queue");
        // the queue is ordered by risk, then longest waiting: in a shared database she may be on a later page
        assertThat(new TriageQueuePage(driver()).queue()).isNotBlank();
    }

    @Test
    void rolesWithoutCaseworkHaveNoSearchBox() {
        for (Role role : new Role[] {Role.ANALYST, Role.SYSTEM_ADMIN, Role.PARTNERSHIP_COORDINATOR}) {
            driver().manage().deleteAllCookies();
            assertThat(signIn(fixtures.enrolledUser(role)).offersSearch()).as(role.name()).isFalse();
        }
    }

    /** Her family name as it might be heard on the phone: one letter of "Tarrant" dropped. */
    private String misspelt() {
        return "Rowena " + family.replace("Tarrant", "Tarant");
    }

    private HomePage signIn(TestUser user) {
        return LoginPage.open(driver(), base()).signIn(user.username(), user.password()).enterCode(user.code(0));
    }

    /** A referral made through the web door by a practitioner of the agency; returns its reference. */
    private String refer(String agency, String given, String victimFamily) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUserAt(agency, Role.PRACTITIONER));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> f = new HashMap<>();
        f.put("incidentDate.day", String.valueOf(yesterday.getDayOfMonth()));
        f.put("incidentDate.month", String.valueOf(yesterday.getMonthValue()));
        f.put("incidentDate.year", String.valueOf(yesterday.getYear()));
        f.put("victimGivenName", given);
        f.put("victimFamilyName", victimFamily);
        f.put("victimDateOfBirth.day", "14");
        f.put("victimDateOfBirth.month", "3");
        f.put("victimDateOfBirth.year", "1988");
        f.put("victimSex", "FEMALE");
        f.put("perpetratorKnown", "false");
        f.put("abuseTypes", "PHYSICAL");
        f.put("consent", "GIVEN");
        f.put("narrative", "Synthetic test narrative.");
        web.open("/referrals/new");
        assertThat(web.post("/referrals/new", f).status()).isEqualTo(303);
        web.open("/referrals/check");
        Page sent = web.post("/referrals/submit", Map.of("victim", "new"));
        assertThat(sent.status()).as(String.valueOf(sent.errorSummary())).isEqualTo(303);
        UUID id = UUID.fromString(sent.location().replaceAll(".*/referrals/([^?]+).*", "$1"));
        return jdbc.sql("SELECT reference FROM referral WHERE id = ?").param(id).query(String.class).single();
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
