package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A service's public page in the directory. */
public class ServicePage extends Page {

    ServicePage(WebDriver driver, String name) {
        super(driver, name);
    }

    public String phone() {
        return visible(By.cssSelector("#contact a[href^='tel:']")).getText();
    }

    public ServicePage withExitThisPageEnhanced() {
        until("GOV.UK Frontend to initialise 'Exit this page'", d -> !d.findElements(
                By.cssSelector(".govuk-exit-this-page[data-govuk-exit-this-page-init]")).isEmpty());
        return this;
    }

    /** Clicks "Exit this page". Where the browser goes is up to the caller to check. */
    public void exitThisPage() {
        visible(By.cssSelector(".govuk-exit-this-page__button")).click();
    }
}
