package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The hub's triage queue: waiting referrals, highest risk and longest waiting first. */
public class TriageQueuePage extends Page {

    public static final String TITLE = "Triage";

    TriageQueuePage(WebDriver driver) {
        super(driver, TITLE);
    }

    public String queue() {
        return visible(By.id("queue")).getText();
    }
}
