package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.insights.BoardReports;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The insights pages (dashboard with charts and tables, every split, board reports and their forms, with and
 * without errors) meet the WCAG 2.2 A and AA rules axe-core can test, in the real browser.
 */
@HearthIntegrationTest
class InsightsAccessibilityBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardReports reports;

    @Test
    void insightsPagesMeetWcagAa() {
        var report = reports.create(Fixtures.uniqueName("Accessible report "), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null);
        var user = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        WebDriver driver = chromium.driver();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));
        for (String path : List.of("/insights", "/insights?by=ethnicity", "/insights?by=age-band",
                "/insights?from=2025-12-31&to=2025-01-01", "/insights/reports", "/insights/reports/new",
                "/insights/reports/" + report.id())) {
            driver.get(base() + path);
            assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
            Wcag.assertMeetsAa(driver, path);
        }
        driver.get(base() + "/insights/reports/new");
        driver.findElement(By.id("title")).clear();
        Page.submit(driver);
        // the click returns before the next page has loaded: wait for its error summary
        assertThat(Page.waiting(driver, java.time.Duration.ofSeconds(15)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".govuk-error-summary"))).getText()).contains("Enter a title");
        Wcag.assertMeetsAa(driver, "board report form with errors");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
