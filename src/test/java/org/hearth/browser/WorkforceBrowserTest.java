package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.insights.Suppression;
import org.hearth.partnership.Agency;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkStandard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator records an agency's Quality Mark assessment against each standard (an award refused until every
 * standard has evidence and is met), adds a DV ambassador for the agency, and the insights dashboard's workforce
 * figures show them; each page passes axe's WCAG 2.2 AA checks.
 */
@HearthIntegrationTest
class WorkforceBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    QualityMark qualityMark;

    @Test
    void aCoordinatorAssessesAnAgencyAgainstTheStandardsAddsAnAmbassadorAndSeesTheFigures() {
        Agency agency = fixtures.agency(Fixtures.uniqueName("Trained Housing "));
        WebDriver driver = chromium.driver();
        var coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        LoginPage.open(driver, base()).signIn(coordinator.username(), coordinator.password())
                .enterCode(coordinator.code(0));

        QualityMarkApplicationPage application = QualityMarkApplicationPage.apply(driver, base(),
                HolderKind.AGENCY.name() + ":" + agency.id().value(), 1);
        assertThat(application.organisation()).isEqualTo(agency.name());
        Wcag.assertMeetsAa(driver, "a Quality Mark application");
        LocalDate today = qualityMark.today();
        List<QualityMarkStandard> levelOne = qualityMark.standards().stream().filter(s -> s.neededFor(1)).toList();
        QualityMarkStandard first = levelOne.get(0);

        application = application.decide(first.code(), true, null);
        assertThat(application.errorSummary()).contains("has no evidence yet: it cannot be met without evidence");
        Wcag.assertMeetsAa(driver, "a decision refused");
        for (QualityMarkStandard s : levelOne) {
            application = application.addEvidence(s.code(), "Seen on the visit: " + s.title());
            if (s.equals(first)) {
                application = application.decide(s.code(), false, "The deputy lead is not yet named");
                assertThat(application.standard(s.code())).contains("Not met", "The deputy lead is not yet named");
                application = application.award(1, today);
                assertThat(application.errorSummary()).contains("A level 1 award needs every standard assessed as met");
            }
            application = application.decide(s.code(), true, null);
            assertThat(application.standard(s.code())).contains("Seen on the visit", "Met");
        }
        application = application.award(1, today);
        assertThat(application.award()).contains("Level 1");
        chromium.screenshot("workforce-quality-mark-awarded");

        String name = Fixtures.uniqueName("Amani ");
        AmbassadorFormPage form = AmbassadorFormPage.open(driver, base());
        Wcag.assertMeetsAa(driver, "the ambassador form");
        assertThat(form.add(name, "Tenancy sustainment officer", agency.name(), "HOUSING", false,
                today.minusMonths(1), 7)).isEqualTo(name);

        InsightsDashboardPage dashboard = InsightsDashboardPage.open(driver, base(), "");
        long agencies = qualityMark.holders(today).stream().filter(h -> h.holder().kind() == HolderKind.AGENCY).count();
        assertThat(qualityMark.holders(today)).extracting(h -> h.holder().name()).contains(agency.name());
        assertThat(dashboard.figure("quality-mark-agencies"))
                .isEqualTo(Suppression.single(agencies).cell().text());
        String row = driver.findElement(By.xpath("//table[@id='ambassadors-by-agency']//tr[th[normalize-space()='"
                + agency.name() + "']]")).getText();
        assertThat(row).as("one ambassador, a small count").contains(agency.name(), "<5");
        chromium.screenshot("workforce-dashboard");
        Wcag.assertMeetsAa(driver, "the dashboard");

        driver.get(base() + "/workforce/quality-mark/register");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(agency.name());
        driver.get(base() + "/workforce/quality-mark/standards");
        chromium.screenshot("workforce-standards");
        Wcag.assertMeetsAa(driver, "the standards");
        driver.get(base() + "/commissioning/safe-accommodation");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Safe accommodation duty ");
        chromium.screenshot("commissioning-safe-accommodation");
        Wcag.assertMeetsAa(driver, "the safe accommodation duty");
        driver.get(base() + "/workforce/quality-mark/standards/new");
        Page.submit(driver);
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the standard's title");
        Wcag.assertMeetsAa(driver, "the standard form with errors");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
