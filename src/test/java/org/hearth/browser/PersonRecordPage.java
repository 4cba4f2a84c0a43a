package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A person's page as the user may see it: the full record (titled with their name) or, where the user's agency
 * is not involved, the locked-down record (titled "Restricted record") offering to break the glass.
 */
public class PersonRecordPage extends Page {

    public static final String RESTRICTED = "Restricted record";

    PersonRecordPage(WebDriver driver, String title) {
        super(driver, title);
    }

    static PersonRecordPage full(WebDriver driver, String name) {
        return new PersonRecordPage(driver, name);
    }

    static PersonRecordPage restricted(WebDriver driver) {
        return new PersonRecordPage(driver, RESTRICTED);
    }

    public boolean offersBreakTheGlass() {
        return !driver.findElements(By.cssSelector("main form textarea#reason")).isEmpty();
    }

    public boolean showsSafeContact() {
        return !driver.findElements(By.id("safe-contact")).isEmpty();
    }
}
