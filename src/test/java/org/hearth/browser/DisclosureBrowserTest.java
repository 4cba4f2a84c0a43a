package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Disclosures;
import org.hearth.disclosure.Route;
import org.hearth.platform.Dates;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Clare's Law in a real browser (issue 15, "Done when"): the disclosure team records a third party's Right to Ask,
 * records the stages, asks the agency holding a record about the subject (whose practitioner answers from My work,
 * never seeing who asked), records the forum's decision to disclose and the disclosure to the person at risk; the
 * application closes and the year's figures count it. The forum's agenda and minutes (PDF, read back as text) name the
 * agencies asked and represented and the members, never the third party who asked; each page passes axe-core's WCAG
 * 2.2 A and AA checks.
 */
@HearthIntegrationTest
class DisclosureBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Disclosures disclosures;
    @Autowired
    org.hearth.people.PersonMatcher matcher;

    private DisclosureFigures.Row rightToAsk(StaffUser u, LocalDate today) {
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            LocalDate from = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1,
                    Month.APRIL, 1);
            DisclosureFigures.Row row = disclosures.figures(from, from.plusYears(1).minusDays(1)).byRoute()
                    .get(Route.RIGHT_TO_ASK);
            return row == null ? new DisclosureFigures.Row(0, 0, 0, 0, 0, 0) : row;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(WebDriver driver, TestUser user) {
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));
    }

    private void restore(WebDriver driver, Set<Cookie> cookies) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        cookies.forEach(k -> driver.manage().addCookie(k));
    }

    @Test
    void aThirdPartysRightToAskFromApplicationToDisclosure() {
        String police = Fixtures.uniqueName("Browser Dvds Police ");
        String probation = Fixtures.uniqueName("Browser Dvds Probation ");
        TestUser team = fixtures.enrolledUserAt(police, Role.DISCLOSURE_TEAM);
        TestUser officer = fixtures.enrolledUserAt(probation, Role.PRACTITIONER);
        String subjectFamily = Fixtures.uniqueName("Subject");
        String applicantFamily = Fixtures.uniqueName("Applicant");
        String atRiskFamily = Fixtures.uniqueName("Atrisk");
        LocalDate born = LocalDate.of(1984, 7, 9);
        UUID subject = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, given_name, family_name, date_of_birth, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(subject, "Silas", subjectFamily, born, UUID.randomUUID()).update();
        fixtures.grant(subject, fixtures.agency(probation).id().value(), "RECORDED");
        // the matcher learns a new record within seconds (its index polls for changes): wait until it knows Silas,
        // or the application would record a new person with no agency holding anything
        org.hearth.people.PersonDetails described = new org.hearth.people.PersonDetails("Silas", subjectFamily, born,
                null, null, null, null, null, false, null, null, null);
        org.hearth.support.Eventually.waitFor(() -> matcher.candidates(described, null, 5).stream()
                .anyMatch(c -> c.id().value().equals(subject)), java.time.Duration.ofSeconds(60));
        LocalDate today = LocalDate.now(Dates.UK);
        DisclosureFigures.Row before = rightToAsk(team.user(), today);
        WebDriver driver = chromium.driver();

        // the team records the application: a mother concerned for her daughter asks about the daughter's partner
        signIn(driver, team);
        Set<Cookie> teamCookies = driver.manage().getCookies();
        MaracScreen.open(driver, base() + "/disclosure", "Clare’s Law applications");
        Wcag.assertMeetsAa(driver, "the applications");
        MaracScreen form = MaracScreen.open(driver, base() + "/disclosure/new", "Record a Clare’s Law application");
        Wcag.assertMeetsAa(driver, "the new application");
        form.choose("application-form", "Right to Ask").date("receivedOn", today)
                .choose("application-form", "Someone else concerned for them (a third party)")
                .type("applicantGivenName", "Abigail").type("applicantFamilyName", applicantFamily)
                .type("applicantRelationship", "Mother").type("atRiskGivenName", "Rosa")
                .type("atRiskFamilyName", atRiskFamily).type("subjectGivenName", "Silas")
                .type("subjectFamilyName", subjectFamily).date("subjectBornOn", born);
        Page.clickAndLeave(driver, By.cssSelector("#application-form button[type=submit]"));
        String reference = jdbc.sql("SELECT reference FROM disclosure_application WHERE agency_id = ?")
                .param(fixtures.agency(police).id().value()).query(String.class).single();
        String title = "Clare’s Law application " + reference;
        MaracScreen app = new MaracScreen(driver, title);
        assertThat(app.main()).contains("Application recorded: " + reference).contains("Abigail", "Mother");
        Wcag.assertMeetsAa(driver, "a new application");

        // the face-to-face meeting, then the agency holding a record about the subject (the known Silas) is asked
        app = app.select("stage", "Face-to-face meeting with proof of identity").date("reachedOn", today)
                .type("note", "Passport seen").submit("stage-form", title);
        assertThat(app.main()).contains("Passport seen");
        Page.clickAndLeave(driver, By.cssSelector("#holding button[type=submit]"));
        app = new MaracScreen(driver, title);
        assertThat(app.main()).contains("The agency has been asked to check its records");

        // probation's practitioner answers from My work, seeing the subject but never who asked
        signIn(driver, officer);
        MaracScreen check = MaracScreen.open(driver, base() + "/", HomePage.TITLE)
                .follow(reference, "Disclosure checks asked of your agency");
        assertThat(check.main()).contains("Silas " + subjectFamily).doesNotContain(applicantFamily, atRiskFamily,
                "Right to Ask");
        Wcag.assertMeetsAa(driver, "a check to answer");
        check = check.choose("check-answer-form", "Yes")
                .type("response", "Two convictions for assaulting former partners")
                .submit("check-answer-form", "Disclosure checks asked of your agency");
        assertThat(check.main()).contains("Two convictions for assaulting former partners");

        // the team sees the answer, records the last stages, the forum's decision and the disclosure
        restore(driver, teamCookies);
        app = MaracScreen.open(driver, base() + "/disclosure", "Clare’s Law applications").follow(reference, title);
        assertThat(app.main()).contains("Holds relevant information: Two convictions for assaulting former partners");
        app = app.select("stage", "Checks with agencies completed").date("reachedOn", today)
                .submit("stage-form", title);
        app = app.select("stage", "Risk assessment").date("reachedOn", today).type("note", "High risk")
                .submit("stage-form", title);
        // the forum's agenda names the agency asked, and the person at risk, never the third party who asked
        String pdf = base() + "/disclosure/" + jdbc.sql("SELECT id FROM disclosure_application WHERE reference = ?")
                .param(reference).query(String.class).single() + "/forum.pdf";
        String agenda = pdfText(driver, pdf);
        assertThat(agenda).contains("Decision forum agenda: " + reference, "Rosa " + atRiskFamily,
                "The agencies asked about the subject: " + probation + ".")
                .doesNotContain(applicantFamily, "Abigail");
        app = app.date("forumOn", today).type("members", "DI Green (police), Ms Patel (probation), Mr Ode (IDVA)")
                .choose("decision-form", police).choose("decision-form", probation)
                .choose("decision-form", "Disclose")
                .type("lawful", "Common law power to disclose to prevent crime")
                .type("necessary", "Rosa is at high risk and does not know the convictions")
                .type("proportionate", "Only the convictions, told to Rosa alone with a safety plan")
                .submit("decision-form", title);
        assertThat(app.main()).contains("The forum's decision has been recorded")
                .contains("Agencies represented", probation);
        Wcag.assertMeetsAa(driver, "an application with the forum's decision");
        // the minutes: the members and each agency represented, still never the applicant
        String minutes = pdfText(driver, pdf);
        assertThat(minutes).contains("Decision forum minutes: " + reference,
                "DI Green (police), Ms Patel (probation), Mr Ode (IDVA)", police, probation, "Decision Disclose")
                .doesNotContain(applicantFamily, "Abigail");
        chromium.screenshot("disclosure-decision");
        app = app.date("closedOn", today).choose("outcome-form", "The person at risk")
                .type("deliveredBy", "PC Shah, Northfield Police")
                .type("safetyPlan", "Refuge line number, code word with a neighbour")
                .submit("outcome-form", title);
        assertThat(app.main()).contains("The application is closed").contains("PC Shah, Northfield Police");
        assertThat(driver.findElements(By.id("outcome-form"))).isEmpty();
        chromium.screenshot("disclosure-closed");

        // the figures count it: one more received under the Right to Ask, and disclosed within the 28 days
        MaracScreen figures = MaracScreen.open(driver, base() + "/disclosure/figures", "Clare’s Law figures");
        assertThat(figures.main()).contains("Right to Ask");
        Wcag.assertMeetsAa(driver, "the figures");
        DisclosureFigures.Row after = rightToAsk(team.user(), today);
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.disclosed()).isEqualTo(before.disclosed() + 1);
        assertThat(after.closedWithinTarget()).isEqualTo(before.closedWithinTarget() + 1);
        assertThat(after.open()).isEqualTo(before.open());
    }

    /** The PDF at this address, fetched with the browser's session, as text (PDFBox). */
    private static String pdfText(WebDriver driver, String url) {
        Cookie session = driver.manage().getCookieNamed("HEARTH_SESSION");
        assertThat(session).as("the browser's session cookie").isNotNull();
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                            .header("Cookie", "HEARTH_SESSION=" + session.getValue()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(true); // OpenPDF writes a table's text after the page's paragraphs
                return stripper.getText(doc);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
