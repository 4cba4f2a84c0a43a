package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A referral, as sent or as the hub triages it. */
public class ReferralPage extends Page {

    ReferralPage(WebDriver driver) {
        super(driver, "Referral " + driver.findElement(By.tagName("h1")).getText());
    }

    public String reference() {
        return heading();
    }

    public String confirmation() {
        return visible(By.cssSelector(".govuk-panel")).getText();
    }

    public String victimHref() {
        return visible(By.cssSelector("#referral a[href*='/people/']")).getAttribute("href");
    }

    public String triageOutcome() {
        return visible(By.id("triage-outcome")).getText();
    }

    /** As a hub coordinator: records the decision and lands back on the triage queue. */
    public String triage(String outcomeLabel, String reason) {
        driver.findElement(By.xpath("//label[normalize-space()='" + outcomeLabel + "']")).click();
        type(By.id("reason"), reason);
        clickAndLeave(submitButton());
        return visible(By.cssSelector(".govuk-notification-banner")).getText();
    }
}
