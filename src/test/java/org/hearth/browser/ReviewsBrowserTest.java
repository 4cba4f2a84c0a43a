package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.hearth.access.Role;
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

/**
 * A domestic abuse related death review in a real browser (issue 15, "Done when"): the partnership coordinator
 * records the notification of a death, decides to hold a review, appoints the chair and the panel and asks an agency
 * for a chronology; a panel member sees the review from My work, a practitioner of an agency not on the panel sees
 * nothing of it; recommendations with their due dates, one overdue and listed across reviews. The review shows by its
 * pseudonym wherever a name could be (lists, My work, headings, page titles, the overdue list): the real names of the
 * person who died and the suspected perpetrator only in the review's own summary, to the coordinator and the panel.
 * Each page passes axe-core's WCAG 2.2 A and AA checks.
 */
@HearthIntegrationTest
class ReviewsBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

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
    void aCoordinatorRunsAReviewThatOnlyItsPanelSeesByItsPseudonym() {
        String csp = Fixtures.uniqueName("Browser Dardr Csp ");
        String police = Fixtures.uniqueName("Browser Dardr Police ");
        String health = Fixtures.uniqueName("Browser Dardr Health ");
        String outsider = Fixtures.uniqueName("Browser Dardr Outsider ");
        TestUser coordinator = fixtures.enrolledUserAt(csp, Role.PARTNERSHIP_COORDINATOR);
        TestUser member = fixtures.enrolledUserAt(police, Role.AGENCY_REPRESENTATIVE);
        fixtures.agency(health);
        TestUser stranger = fixtures.enrolledUserAt(outsider, Role.PRACTITIONER);
        String deceasedFamily = Fixtures.uniqueName("Deceased");
        String perpetratorFamily = Fixtures.uniqueName("Suspect");
        String pseudonym = "Adult " + deceasedFamily.substring(deceasedFamily.length() - 4);
        LocalDate today = LocalDate.now(Dates.UK);
        WebDriver driver = chromium.driver();

        // the coordinator records the notification: the decision is due a month after it
        signIn(driver, coordinator);
        Set<Cookie> coordinatorCookies = driver.manage().getCookies();
        MaracScreen list = MaracScreen.open(driver, base() + "/reviews", "Death reviews");
        Wcag.assertMeetsAa(driver, "the death reviews");
        MaracScreen form = list.follow("Record a notification", "Record the notification of a death");
        Page.submit(driver);
        form = new MaracScreen(driver, "Record the notification of a death");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
        Wcag.assertMeetsAa(driver, "the notification with its errors");
        form.type("pseudonym", pseudonym).type("deceasedGivenName", "Ada").type("deceasedFamilyName", deceasedFamily)
                .date("deceasedBornOn", LocalDate.of(1979, 3, 14)).date("diedOn", today.minusDays(9))
                .type("perpetratorGivenName", "Rex").type("perpetratorFamilyName", perpetratorFamily)
                .date("notifiedOn", today.minusDays(5)).select("notifyingAgency", police)
                .type("circumstances", "Found at home; the partner was arrested.");
        Page.clickAndLeave(driver, By.cssSelector("#notification-form button[type=submit]"));
        String reference = jdbc.sql("SELECT reference FROM review WHERE pseudonym = ?").param(pseudonym)
                .query(String.class).single();
        String title = "Death review " + reference;
        MaracScreen review = new MaracScreen(driver, title);
        assertThat(review.heading()).isEqualTo("Death review: " + pseudonym);
        assertThat(review.main()).contains("Decision due " + Dates.day(today.minusDays(5).plusMonths(1)),
                "Ada " + deceasedFamily, "Rex " + perpetratorFamily, police);
        Wcag.assertMeetsAa(driver, "a review awaiting its decision");

        // the decision to hold a review starts the six months' clock
        review = review.date("decidedOn", today.minusDays(2)).choose("decision-form", "Hold a review")
                .type("rationale", "An intimate partner relationship: the criteria are met.")
                .submit("decision-form", title);
        assertThat(review.main()).contains("The decision has been recorded",
                "Completion due " + Dates.day(today.minusDays(2).plusMonths(6)),
                "Hold a review, on " + Dates.day(today.minusDays(2)))
                .as("no decision clock once decided").doesNotContain("Decision due");
        assertThat(driver.findElements(By.id("decision-form"))).isEmpty();

        // the independent chair, the panel (the member's agency joins with them) and a chronology asked of health
        review = review.type("chair", "Dr Jane Rowe, independent chair").submit("chair-form", title);
        review = review.select("member", member.user().displayName() + ", " + police).submit("panel-form", title);
        assertThat(driver.findElement(By.id("panel-agencies")).getText()).contains(police);
        review = review.select("agency", health).select("kind", "Chronology").date("dueOn", today.plusDays(21))
                .submit("request-form", title);
        assertThat(review.main()).contains("The agency has been asked");
        assertThat(driver.findElement(By.cssSelector("#requests ~ table")).getText())
                .contains(health, "Chronology", Dates.day(today.plusDays(21)), "Waiting");

        // the recommendations: one due next year, one already past its due date; a recommendation with no owner is
        // refused and nothing is saved
        review = review.type("text", "Ask every patient about abuse at registration").type("theme", "GP did not ask")
                .date("dueBy", today.plusMonths(3)).submit("recommendation-form", title);
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Choose the agency that owns the recommendation");
        Wcag.assertMeetsAa(driver, "a recommendation refused without its owner");
        assertThat(jdbc.sql("SELECT count(*) FROM review_recommendation c JOIN review r ON r.id = c.review_id "
                + "WHERE r.reference = ?").param(reference).query(Long.class).single()).isZero();
        review = review.select("owner", health).submit("recommendation-form", title);
        assertThat(review.main()).contains("The recommendation has been added");
        review = review.type("text", "Train call handlers on coercive control").type("theme", "Coercive control missed")
                .select("owner", police).date("dueBy", today.minusDays(1)).submit("recommendation-form", title);
        String recommendations = driver.findElement(By.cssSelector("#recommendations ~ table")).getText();
        assertThat(recommendations).contains("GP did not ask", Dates.day(today.plusMonths(3)), health,
                "Coercive control missed", Dates.day(today.minusDays(1)), "overdue by 1 day");
        Wcag.assertMeetsAa(driver, "a review with its panel, request and recommendations");
        chromium.screenshot("review-coordinator");

        // the overdue recommendation across reviews, and the coordinator's My work: the pseudonym, never a name
        MaracScreen overdue = MaracScreen.open(driver, base() + "/reviews/recommendations/overdue",
                "Review recommendations overdue");
        assertThat(overdue.main()).contains(reference + " (" + pseudonym + ")", "Train call handlers")
                .doesNotContain(deceasedFamily, perpetratorFamily);
        Wcag.assertMeetsAa(driver, "the overdue recommendations");
        list = MaracScreen.open(driver, base() + "/reviews", "Death reviews");
        assertThat(list.main()).contains(reference, pseudonym).doesNotContain(deceasedFamily, perpetratorFamily);
        MaracScreen home = MaracScreen.open(driver, base() + "/", HomePage.TITLE);
        assertThat(home.main()).contains("Review recommendations overdue", "Recommendation 2 of " + reference)
                .doesNotContain(deceasedFamily, perpetratorFamily);

        // the panel member finds the review in My work by its pseudonym and reads it, with no form to change it
        signIn(driver, member);
        home = MaracScreen.open(driver, base() + "/", HomePage.TITLE);
        assertThat(home.main()).contains("Death reviews you are on").doesNotContain(deceasedFamily, perpetratorFamily);
        review = home.follow(reference + " (" + pseudonym + ")", title);
        assertThat(review.heading()).isEqualTo("Death review: " + pseudonym);
        assertThat(review.main()).contains("Ada " + deceasedFamily, "Dr Jane Rowe", "Train call handlers");
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        Wcag.assertMeetsAa(driver, "the review as a panel member");
        chromium.screenshot("review-panel-member");

        // a practitioner of an agency not on the panel: no row in My work, an empty list, and the page not found
        signIn(driver, stranger);
        home = MaracScreen.open(driver, base() + "/", HomePage.TITLE);
        assertThat(home.main()).doesNotContain(reference, pseudonym, "Death reviews you are on");
        list = MaracScreen.open(driver, base() + "/reviews", "Death reviews");
        assertThat(list.main()).doesNotContain(reference, pseudonym);
        MaracScreen.open(driver, base() + "/reviews/" + jdbc.sql("SELECT id FROM review WHERE reference = ?")
                .param(reference).query(String.class).single(), "Page not found");
        assertThat(driver.getPageSource()).doesNotContain(reference, pseudonym, deceasedFamily);

        // back to the coordinator: the page's title and every list name the review by reference and pseudonym
        restore(driver, coordinatorCookies);
        review = MaracScreen.open(driver, base() + "/reviews", "Death reviews").follow(reference, title);
        assertThat(driver.getTitle()).doesNotContain(deceasedFamily, perpetratorFamily);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
