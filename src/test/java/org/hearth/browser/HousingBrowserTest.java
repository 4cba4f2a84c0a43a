package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.housing.Housing;
import org.hearth.housing.NewProvider;
import org.hearth.housing.RefugeProvider;
import org.hearth.platform.Dates;
import org.hearth.support.Eventually;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
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
 * Sanctuary and refuge in a real browser (issue 15, "Done when"): an IDVA refers a victim's home to the sanctuary
 * scheme, records the police security survey (asking for the marker), a job and its fitting; then refers her to a
 * refuge; the provider's named worker accepts and records the move in. Each sees what is theirs: the surveying
 * officer the home's address but not the refuge provider, the provider the provider but not the home's address,
 * and the officer's person page the stay in refuge without the provider. axe-core checks the pages on the way.
 */
@HearthIntegrationTest
class HousingBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Housing housing;

    private static <T> T as(StaffUser u, java.util.function.Supplier<T> action) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(WebDriver driver, TestUser user) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anIdvaRefersTheHomeToSanctuaryThenToARefugeWhichAcceptsAndEachSeesTheirOwn() {
        String idvaAgency = Fixtures.uniqueName("Browser Housing IDVA ");
        String police = Fixtures.uniqueName("Browser Housing Police ");
        String council = Fixtures.uniqueName("Browser Housing Council ");
        String contractor = Fixtures.uniqueName("Browser Locksmiths ");
        String refugeAgency = Fixtures.uniqueName("Browser Refuge Agency ");
        TestUser idva = fixtures.enrolledUserAt(idvaAgency, Role.PRACTITIONER);
        TestUser coordinator = fixtures.enrolledUserAt(council, Role.PRACTITIONER);
        TestUser officer = fixtures.enrolledUserAt(police, Role.PRACTITIONER);
        TestUser worker = fixtures.enrolledUserAt(refugeAgency, Role.PRACTITIONER);
        fixtures.agency(contractor);
        String providerName = Fixtures.uniqueName("Beacon Refuge ");
        RefugeProvider provider = as(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR).user(), () -> {
            RefugeProvider p = housing.addProvider(new NewProvider(providerName, null, "Elsewhere County",
                    fixtures.agency(refugeAgency).id().value(), worker.user().id(), 14, 2, 1, 1));
            housing.reportVacancies(p.id(), 2, LocalDate.now(Dates.UK));
            return p;
        });
        UUID person = UUID.randomUUID();
        String family = Fixtures.uniqueName("Browserhome");
        jdbc.sql("INSERT INTO person (id, given_name, family_name, created_by) VALUES (?, 'Mira', ?, ?)")
                .params(person, family, UUID.randomUUID()).update();
        fixtures.grant(person, fixtures.agency(idvaAgency).id().value(), "RECORDED");
        LocalDate today = LocalDate.now(Dates.UK);
        WebDriver driver = chromium.driver();

        // the IDVA refers the home: the scheme's conditions, the coordinator and the surveying officer
        signIn(driver, idva);
        HousingScreen housingPage = HousingScreen.open(driver, base() + "/people/" + person + "/housing",
                "Sanctuary and refuge");
        HousingScreen form = housingPage.follow("Refer the home to the sanctuary scheme",
                "Refer the home to the sanctuary scheme");
        Wcag.assertMeetsAa(driver, "the sanctuary referral form");
        form.date("/sanctuary", "referredOn", today).type("/sanctuary", "line1", "23 Kestrel Way")
                .type("/sanctuary", "town", "Northfield").type("/sanctuary", "postcode", "LS8 2PT")
                .tick("/sanctuary", "victimChooses", "true").tick("/sanctuary", "perpetratorAbsent", "true")
                .tick("/sanctuary", "tenure", "OWNER")
                .select("/sanctuary", "coordinator", coordinator.user().displayName() + " (" + council + ")")
                .select("/sanctuary", "surveyor", officer.user().displayName() + " (" + police + ")");
        String sanctuaryRef = "SAN-" + today.getYear() + "-";
        Page.clickAndLeave(driver, org.openqa.selenium.By.cssSelector("main form[action$='/sanctuary'] "
                + "button[type=submit]"));
        String reference = jdbc.sql("SELECT reference FROM sanctuary_referral WHERE person_id = ?").param(person)
                .query(String.class).single();
        assertThat(reference).startsWith(sanctuaryRef);
        String sanctuaryTitle = "Sanctuary referral " + reference;
        HousingScreen sanctuary = new HousingScreen(driver, sanctuaryTitle);
        assertThat(sanctuary.summary("Home address")).contains("23 Kestrel Way").contains("LS8 2PT");

        // the survey with the marker asked for, a job, and its fitting with the safety check
        sanctuary = sanctuary.date("/survey", "surveyedOn", today)
                .type("/survey", "surveyNotes", "Back door weak; recommend deadlocks and a light")
                .tick("/survey", "markerRequested", "true").submit("/survey", sanctuaryTitle);
        assertThat(sanctuary.main()).contains("Security survey recorded.");
        assertThat(sanctuary.summary("Survey findings")).contains("recommend deadlocks");
        sanctuary = sanctuary.select("/jobs", "measure", "Locks changed or added")
                .type("/jobs", "detail", "Two deadlocks").select("/jobs", "contractor", contractor)
                .date("/jobs", "bookedOn", today).type("/jobs", "cost", "245.50").submit("/jobs", sanctuaryTitle);
        assertThat(sanctuary.main()).contains("Job added.").contains(reference + "-J1").contains("£245.50");
        UUID job = jdbc.sql("SELECT j.id FROM sanctuary_job j JOIN sanctuary_referral r ON r.id = j.referral_id "
                + "WHERE r.person_id = ?").param(person).query(UUID.class).single();
        sanctuary = sanctuary.date("/jobs/" + job, "fittedOn", today).date("/jobs/" + job, "safetyCheckedOn", today)
                .submit("/jobs/" + job, sanctuaryTitle);
        assertThat(sanctuary.main()).contains("Job recorded as fitted.");
        assertThat(sanctuary.summary("Follow-up visit")).contains(Dates.day(today.plusMonths(3)));
        Wcag.assertMeetsAa(driver, "a sanctuary referral");

        // then a refuge: the provider with its vacancies, the needs
        HousingScreen refugeForm = HousingScreen.open(driver, base() + "/people/" + person + "/refuge/new",
                "Refer to a refuge");
        Wcag.assertMeetsAa(driver, "the refuge referral form");
        refugeForm.select("/refuge", "provider", providerName + " (Elsewhere County): 2 vacancies")
                .date("/refuge", "referredOn", today).type("/refuge", "children", "1");
        Page.clickAndLeave(driver, org.openqa.selenium.By.cssSelector("main form[action$='/refuge'] "
                + "button[type=submit]"));
        UUID refugeId = jdbc.sql("SELECT id FROM refuge_referral WHERE person_id = ?").param(person)
                .query(UUID.class).single();
        String refugeRef = jdbc.sql("SELECT reference FROM refuge_referral WHERE id = ?").param(refugeId)
                .query(String.class).single();
        String refugeTitle = "Refuge referral " + refugeRef;
        HousingScreen refuge = new HousingScreen(driver, refugeTitle);
        assertThat(refuge.summary("Refuge provider")).contains(providerName);
        assertThat(refuge.summary("Outcome")).isEqualTo("Waiting");

        // the provider's named worker: accepts and records the move in; sees the sanctuary, never the home address
        signIn(driver, worker);
        refuge = HousingScreen.open(driver, base() + "/housing/refuge/" + refugeId, refugeTitle);
        assertThat(refuge.summary("Refuge provider")).contains(providerName);
        refuge = refuge.tick("/outcome", "outcome", "ACCEPTED").date("/outcome", "outcomeOn", today)
                .submit("/outcome", refugeTitle);
        assertThat(refuge.main()).contains("Outcome recorded.");
        refuge = refuge.date("/move", "movedInOn", today).submit("/move", refugeTitle);
        assertThat(refuge.main()).contains("Move into refuge recorded.");
        assertThat(refuge.summary("Moved in")).isEqualTo(Dates.day(today));
        Wcag.assertMeetsAa(driver, "a refuge referral with its outcome");
        HousingScreen seenByProvider = HousingScreen.open(driver, base() + "/housing/sanctuary/"
                + jdbc.sql("SELECT id FROM sanctuary_referral WHERE person_id = ?").param(person).query(UUID.class)
                        .single(), sanctuaryTitle);
        assertThat(seenByProvider.main()).doesNotContain("23 Kestrel Way").doesNotContain("LS8 2PT");
        assertThat(seenByProvider.hasForm("/survey")).isFalse();

        // the surveying officer: the home's address, not the refuge provider; the person page shows the stay only
        signIn(driver, officer);
        HousingScreen surveyed = HousingScreen.open(driver, base() + "/housing/sanctuary/"
                + jdbc.sql("SELECT id FROM sanctuary_referral WHERE person_id = ?").param(person).query(UUID.class)
                        .single(), sanctuaryTitle);
        assertThat(surveyed.summary("Home address")).contains("23 Kestrel Way");
        HousingScreen hidden = HousingScreen.open(driver, base() + "/housing/refuge/" + refugeId, refugeTitle);
        assertThat(hidden.main()).doesNotContain(providerName).doesNotContain("Elsewhere County")
                .contains("Shown only to the referring worker and the refuge provider");
        assertThat(hidden.hasForm("/outcome")).isFalse();
        Eventually.waitFor(() -> jdbc.sql("SELECT count(*) FROM person_address WHERE refuge_stay_id = ?")
                .param(refugeId).query(Integer.class).single() == 1, Duration.ofSeconds(20));
        driver.get(base() + "/people/" + person);
        String personPage = driver.findElement(org.openqa.selenium.By.tagName("main")).getText();
        assertThat(personPage).contains("In refuge, via " + idvaAgency + " (refuge referral " + refugeRef + ")")
                .doesNotContain(providerName).doesNotContain(refugeAgency);
        chromium.screenshot("housing-officer-person");
    }
}
