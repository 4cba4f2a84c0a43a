package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The front door in a real browser: a practitioner refers, completes a DASH with 14 "yes" answers and sees
 * visible high risk and MARAC eligibility; the hub coordinator finds the referral first in the queue and
 * records the triage decision.
 */
@HearthIntegrationTest
class FrontDoorBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void referralRiskAssessmentAndTriage() {
        WebDriver driver = chromium.driver();
        // an agency of its own, so the queue can be filtered to this test's referrals whatever else the suite sent
        String police = Fixtures.uniqueName("Front Door Police ");
        var practitioner = fixtures.enrolledUserAt(police, Role.PRACTITIONER);
        LoginPage.open(driver, base()).signIn(practitioner.username(), practitioner.password())
                .enterCode(practitioner.code(0));

        String family = Fixtures.uniqueName("Ww");
        ReferralPage referral = ReferralFormPage.open(driver, base())
                .incidentOn(LocalDate.now().minusDays(1))
                .victim("Nadia", family, LocalDate.of(1993, 5, 17))
                .perpetrator("Owen", family)
                .childPresent("Pip", family, 4)
                .abuse("Physical").abuse("Coercive control")
                .consentGiven()
                .whatHappened("Strangled during an argument; she believes he will kill her.")
                .continueToCheck()
                .sendAsNewPeople();
        String reference = referral.reference();
        assertThat(reference).matches("R\\d{4}-\\d{6}");
        assertThat(referral.confirmation()).contains("Referral sent").contains(reference);
        String referralUrl = referral.url().replace("?submitted", "");

        driver.findElement(By.id("assess-link")).click();
        var questions = new RiskAssessmentPage(driver, "SafeLives DASH Risk Identification Checklist");
        var score = questions.answerYesToFirst(14, 24).continueToScore();
        assertThat(score.score()).contains("14").contains("Visible high risk");

        var history = score.gradeAndSave("High");
        assertThat(history.safeContact()).contains("Safe contact");
        assertThat(history.eligibility()).contains("Meets MARAC referral criteria");
        assertThat(history.criterion("visible_high_risk")).contains("Met");
        assertThat(history.history()).contains("14").contains("High");
        chromium.screenshot("risk-history");

        driver.findElement(By.cssSelector("header .hearth-header__signout button")).click(); // not the search's
        var hub = fixtures.enrolledUserAt("Northfield Community Safety Team", Role.HUB_COORDINATOR);
        LoginPage.open(driver, base()).signIn(hub.username(), hub.password()).enterCode(hub.code(0));
        driver.get(base() + "/triage?agency=" + fixtures.agency(police).id().value());
        var rows = driver.findElements(By.cssSelector("#queue tbody tr")).stream().map(r -> r.getText()).toList();
        int nadia = rows.stream().filter(r -> r.contains("Nadia " + family)).findFirst().map(rows::indexOf).orElse(-1);
        assertThat(nadia).as("in the queue filtered to the referring agency").isNotNegative();
        assertThat(rows.get(nadia)).contains("High (14)");
        assertThat(rows.subList(0, nadia)).as("only high-risk or unassessed referrals before it")
                .allMatch(r -> r.contains("High (") || r.contains("Not assessed"));
        assertThat(driver.findElement(By.linkText(reference)).getAttribute("href")).isEqualTo(referralUrl);
        driver.get(referralUrl);
        String banner = new ReferralPage(driver).triage("Refer to MARAC", "Visible high risk: 14 on the DASH");
        assertThat(banner).contains("Triage decision recorded: Refer to MARAC");
        chromium.screenshot("triage");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
