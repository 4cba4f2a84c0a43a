package org.hearth.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The public directory of services: the search form and its results. */
public class DirectoryPage extends Page {

    public static final String TITLE = "Find support for domestic abuse";

    DirectoryPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public static DirectoryPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/directory");
        return new DirectoryPage(driver);
    }

    /** Searches with words and who the support is for (a label from the list, or null for anyone). */
    public DirectoryPage search(String words, String supportFor) {
        type(By.id("q"), words);
        if (supportFor != null) {
            new Select(visible(By.id("need"))).selectByVisibleText(supportFor);
        }
        clickAndLeave(By.cssSelector("#search-form button[type=submit]"));
        return new DirectoryPage(driver);
    }

    public List<String> results() {
        return driver.findElements(By.cssSelector(".hearth-result__name")).stream().map(WebElement::getText).toList();
    }

    public ServicePage openService(String name) {
        clickAndLeave(By.linkText(name));
        return new ServicePage(driver, name);
    }

    /** Waits until GOV.UK Frontend's JavaScript has taken over the "Exit this page" control. */
    public DirectoryPage withExitThisPageEnhanced() {
        until("GOV.UK Frontend to initialise 'Exit this page'", d -> !d.findElements(
                By.cssSelector(".govuk-exit-this-page[data-govuk-exit-this-page-init]")).isEmpty());
        return this;
    }
}
