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
 * A second referral about a woman already known, with her day and month of birth swapped: the check page
 * offers her first with the engine's explanation; linking her makes her a repeat victim.
 */
@HearthIntegrationTest
class KnownPersonBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void theKnownVictimIsOfferedFirstWithWhyAndBecomesARepeatVictim() {
        WebDriver driver = chromium.driver();
        var practitioner = fixtures.enrolledUserAt("Northfield Police", Role.PRACTITIONER);
        LoginPage.open(driver, base()).signIn(practitioner.username(), practitioner.password())
                .enterCode(practitioner.code(0));

        String family = Fixtures.uniqueName("Hollingworth");
        ReferralPage first = ReferralFormPage.open(driver, base())
                .incidentOn(LocalDate.now().minusDays(20))
                .victim("Imogen", family, LocalDate.of(1991, 4, 9))
                .perpetrator("Victor", "Quayle" + family)
                .abuse("Physical")
                .consentGiven()
                .whatHappened("Pushed down the stairs.")
                .continueToCheck()
                .sendAsNewPeople();
        String victimUrl = first.victimHref();

        CheckReferralPage check = ReferralFormPage.open(driver, base())
                .incidentOn(LocalDate.now().minusDays(1))
                .victim("Imogen", family, LocalDate.of(1991, 9, 4))
                .perpetrator("Victor", "Quayle" + family)
                .abuse("Coercive control")
                .consentGiven()
                .whatHappened("Threats by text message.")
                .continueToCheck();
        assertThat(check.firstCandidate("victim")).contains("Imogen " + family)
                .contains("Date of birth with day and month swapped").contains("Same family name").doesNotContain("(+");
        chromium.screenshot("known-person-check");

        ReferralPage second = check.sendChoosingFirst("victim");
        assertThat(second.confirmation()).contains("Referral sent");
        assertThat(second.victimHref()).isEqualTo(victimUrl);
        driver.get(victimUrl);
        assertThat(driver.findElement(By.id("person-flags")).getText()).contains("Repeat victim");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
