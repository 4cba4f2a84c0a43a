package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ticked box shows its tick. GOV.UK Frontend draws the tick as the label's {@code ::after}, made visible by
 * {@code input:checked + label}; an element between a box and its label (Spring's hidden {@code _field} marker
 * once sat there) leaves every tick invisible, which axe cannot see. This reads the computed style.
 */
@HearthIntegrationTest
class CheckboxTickBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void tickedBoxesShowTheirTickOnTheReferralAndPersonForms() {
        WebDriver driver = chromium.driver();
        var practitioner = fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER);
        LoginPage.open(driver, "http://localhost:" + port).signIn(practitioner.username(), practitioner.password())
                .enterCode(practitioner.code(0));

        driver.get("http://localhost:" + port + "/referrals/new");
        for (String id : new String[] {"perpetratorKnown", "child-present-0", "abuseTypes"}) {
            WebElement box = driver.findElement(By.id(id));
            if (box.isSelected()) { // "We know who they are" starts ticked: untick it first
                label(driver, id).click();
            }
            assertThat(box.isSelected()).as(id).isFalse();
            assertThat(tick(driver, id)).as("%s unticked", id).isEqualTo("0");
            label(driver, id).click();
            assertThat(box.isSelected()).as(id).isTrue();
            assertThat(tick(driver, id)).as("the tick of %s once ticked", id).isEqualTo("1");
        }
        // the form comes back with errors (no victim named): the boxes stay ticked, and show it
        Page.submit(driver);
        assertThat(driver.getTitle()).contains("Make a referral");
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).isNotEmpty();
        for (String id : new String[] {"perpetratorKnown", "child-present-0", "abuseTypes"}) {
            assertThat(driver.findElement(By.id(id)).isSelected()).as("%s kept after the errors", id).isTrue();
            assertThat(tick(driver, id)).as("the tick of %s after the errors", id).isEqualTo("1");
        }
        chromium.screenshot("referral-ticks");

        driver.get("http://localhost:" + port + "/people/new");
        driver.findElement(By.cssSelector("summary.govuk-details__summary")).click(); // equality and language
        label(driver, "interpreterNeeded").click();
        assertThat(tick(driver, "interpreterNeeded")).isEqualTo("1");
    }

    private static WebElement label(WebDriver driver, String inputId) {
        return driver.findElement(By.cssSelector("label[for='" + inputId + "']"));
    }

    /** The opacity of the tick drawn for the box with this id. */
    private static String tick(WebDriver driver, String inputId) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0], '::after').opacity;", label(driver, inputId)));
    }
}
