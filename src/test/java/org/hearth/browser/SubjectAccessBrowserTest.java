package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subject access in a real browser: an information governance officer records a request made by the person's
 * solicitor (the person's identity checked, then the solicitor's), proposes a correction of the person's name, which
 * changes nothing until a second officer approves it from the review list; each page passes axe-core's WCAG 2.2 A and
 * AA checks.
 */
@HearthIntegrationTest
class SubjectAccessBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.hearth.people.PersonMatcher matcher;

    private void signIn(WebDriver driver, TestUser user) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));
    }

    @Test
    void aSolicitorsRequestAndACorrectionApprovedByASecondOfficer() {
        String agency = Fixtures.uniqueName("Browser Sar Council ");
        TestUser first = fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE);
        TestUser second = fixtures.enrolledUserAt(agency, Role.INFORMATION_GOVERNANCE);
        String family = Fixtures.uniqueName("Sorrel");
        LocalDate born = LocalDate.of(1990, 3, 14);
        UUID person = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(person, "Imogene", family, born, UUID.randomUUID()).update();
        fixtures.grant(person, fixtures.agency(agency).id().value(), "RECORDED");
        org.hearth.people.PersonDetails described = new org.hearth.people.PersonDetails("Imogene", family, born,
                null, null, null, null, null, false, null, null, null);
        org.hearth.support.Eventually.waitFor(() -> matcher.candidates(described, null, 5).stream()
                .anyMatch(c -> c.id().value().equals(person)), java.time.Duration.ofSeconds(60));
        LocalDate today = LocalDate.now(Dates.UK);
        WebDriver driver = chromium.driver();

        // the first officer records the solicitor's request
        signIn(driver, first);
        MaracScreen form = MaracScreen.open(driver, base() + "/subject-access/new", "Record a subject access request");
        Wcag.assertMeetsAa(driver, "the new request");
        form.date("receivedOn", today).type("requesterName", "Imogene " + family)
                .choose("request-form", "The person at risk (a victim or survivor)")
                .date("identityCheckedOn", today).type("identityEvidence", "Passport copy certified by the solicitor")
                .type("representativeName", "Sol Icitor").select("representativeKind", "A solicitor")
                .type("representativeAuthority", "Her signed authority dated this week")
                .type("givenName", "Imogene").type("familyName", family).date("dateOfBirth", born);
        Page.clickAndLeave(driver, org.openqa.selenium.By.cssSelector("#request-form button[type=submit]"));
        String reference = jdbc.sql("SELECT reference FROM subject_access_request WHERE person_id = ?")
                .param(person).query(String.class).single();
        String title = "Subject access request " + reference;
        MaracScreen request = new MaracScreen(driver, title);
        assertThat(request.main()).contains("Sol Icitor").contains("Not checked yet")
                .contains("Release to the representative");
        Wcag.assertMeetsAa(driver, "a request by a representative");
        request = request.date("representativeCheckedOn", today)
                .type("representativeEvidence", "Practising certificate and photo card")
                .submit("representative-form", title);
        assertThat(request.main()).contains("Practising certificate and photo card");

        // a correction is proposed: nothing changes yet
        request = request.select("field", "Given name").type("newValue", "Imogen")
                .type("reason", "Misspelt when first recorded").type("requestedBy", "Her solicitor")
                .submit("correction-form", title);
        assertThat(request.main()).contains("Awaiting a second approver");
        assertThat(givenName(person)).isEqualTo("Imogene");

        // the second officer approves it from the review list
        signIn(driver, second);
        MaracScreen list = MaracScreen.open(driver, base() + "/subject-access/corrections",
                "Corrections awaiting a second approver");
        Wcag.assertMeetsAa(driver, "the corrections awaiting approval");
        MaracScreen one = list.follow(reference, "Proposed correction");
        assertThat(one.main()).contains("Imogene").contains("Imogen").contains("Misspelt when first recorded");
        Wcag.assertMeetsAa(driver, "a proposed correction");
        list = one.submit("approve-form", "Corrections awaiting a second approver");
        assertThat(list.main()).contains("Approved: the record is corrected.");
        assertThat(givenName(person)).isEqualTo("Imogen");
    }

    private String givenName(UUID person) {
        return jdbc.sql("SELECT given_name FROM person WHERE id = ?").param(person).query(String.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
