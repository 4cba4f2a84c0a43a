package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Check your referral: the answers, and who the people may already be. */
public class CheckReferralPage extends Page {

    CheckReferralPage(WebDriver driver) {
        super(driver, "Check your referral");
    }

    public String answers() {
        return visible(By.id("answers")).getText();
    }

    /** Chooses "someone new" for the victim and the person causing harm, and sends. */
    public ReferralPage sendAsNewPeople() {
        for (String field : new String[] {"victim", "perpetrator"}) {
            By newPerson = By.id(field + "-new");
            if (!driver.findElements(newPerson).isEmpty()) {
                driver.findElement(By.cssSelector("label[for='" + field + "-new']")).click();
            }
        }
        clickAndLeave(submitButton());
        return new ReferralPage(driver);
    }

    /** The first person offered for {@code field} ("victim" or "perpetrator"): name, then the reasons. */
    public String firstCandidate(String field) {
        return visible(By.cssSelector("#" + field + " .govuk-radios__item")).getText();
    }

    /** Chooses the first person offered for {@code field}, "someone new" for the other roles, and sends. */
    public ReferralPage sendChoosingFirst(String field) {
        driver.findElement(By.cssSelector("label[for='" + field + "-0']")).click();
        for (String other : new String[] {"victim", "perpetrator"}) {
            if (!other.equals(field) && !driver.findElements(By.id(other + "-new")).isEmpty()) {
                driver.findElement(By.cssSelector("label[for='" + other + "-new']")).click();
            }
        }
        clickAndLeave(submitButton());
        return new ReferralPage(driver);
    }
}
