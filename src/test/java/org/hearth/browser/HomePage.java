package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The signed-in home page. */
public class HomePage extends Page {

    public static final String TITLE = "Home";

    HomePage(WebDriver driver) {
        super(driver, TITLE);
    }

    /** Goes home from any page by the service name in the header. */
    static HomePage goHome(WebDriver driver) {
        clickAndLeave(driver, By.cssSelector(".govuk-header__link--homepage"));
        return new HomePage(driver);
    }

    /** Whether the header's search box is offered (to staff who work with people's records). */
    public boolean offersSearch() {
        return !driver.findElements(By.id("header-search")).isEmpty();
    }

    /** Searches from the header's box, as from any page. */
    public SearchResultsPage search(String query) {
        type(By.id("header-search"), query);
        clickAndLeave(By.cssSelector(".hearth-header__search-button"));
        return new SearchResultsPage(driver);
    }

    /** The titles of the "My work" lists on the page. */
    public java.util.List<String> workLists() {
        return driver.findElements(By.cssSelector("section.hearth-work h2")).stream().map(e -> e.getText()).toList();
    }

    /** Follows a link of "My work" by its exact words: one click from home. */
    public void openWork(String linkText) {
        clickAndLeave(By.xpath("//section[contains(@class,'hearth-work')]//a[normalize-space()='" + linkText + "']"));
    }

    /** The name in the header, shown only to a signed-in user. */
    public String signedInName() {
        return visible(By.cssSelector(".hearth-header__name")).getText();
    }
}
