package org.hearth.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The search page with its results: people (a stranger's marked "Not involved") and referrals. */
public class SearchResultsPage extends Page {

    public static final String TITLE = "Search";

    SearchResultsPage(WebDriver driver) {
        super(driver, TITLE);
    }

    /** The text of each person found, in order. */
    public List<String> people() {
        return driver.findElements(By.cssSelector("#people-results li")).stream().map(WebElement::getText).toList();
    }

    /** The text of the result for this person (by the id in its link). */
    public String person(String personId) {
        return visible(By.xpath("//ul[@id='people-results']/li[a[substring(@href, string-length(@href) - "
                + (personId.length() - 1) + ") = '" + personId + "']]")).getText();
    }

    /** Opens the person's record: the full record, or the locked-down one where the agency is not involved. */
    public void openPerson(String personId) {
        clickAndLeave(By.cssSelector("#people-results a[href$='/people/" + personId + "']"));
    }
}
