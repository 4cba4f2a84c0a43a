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
}
