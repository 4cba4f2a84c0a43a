package org.hearth.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The hub's list of possible duplicates, and the pages reached from it: compare, person, merge. */
public class DuplicatesPage extends Page {

    public static final String TITLE = "Possible duplicates";

    DuplicatesPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public static DuplicatesPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/people/duplicates");
        return new DuplicatesPage(driver);
    }

    /** Compares the pair whose row names {@code family}, going on to later pages of the list if need be. */
    public ComparePage compare(String family) {
        for (int page = 0; page < 40; page++) {
            List<WebElement> rows = driver.findElements(By.cssSelector("#duplicates tbody tr"));
            for (WebElement row : rows) {
                if (row.getText().contains(family)) {
                    WebElement html = driver.findElement(By.tagName("html"));
                    row.findElement(By.cssSelector("a[href*='/people/duplicates/']")).click();
                    until("the compare page", org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
                    return new ComparePage(driver);
                }
            }
            clickAndLeave(By.cssSelector(".govuk-pagination__next a"));
        }
        throw new AssertionError("no pair naming " + family);
    }

    /** Side by side, with the engine's explanation and the decisions. */
    public static class ComparePage extends Page {

        ComparePage(WebDriver driver) {
            super(driver, "Compare two records");
        }

        public String left() {
            return visible(By.id("left")).getText();
        }

        public String right() {
            return visible(By.id("right")).getText();
        }

        public String explanation() {
            return visible(By.id("explanation")).getText();
        }

        /** How likely the engine finds it that both are one person (a band in words). */
        public String likelihood() {
            return visible(By.id("probability")).getText();
        }

        public PersonPage mergeKeepingLeft(String reason) {
            visible(By.cssSelector("label[for=survivor-left]")).click();
            type(By.id("reason"), reason);
            clickAndLeave(By.id("merge-button"));
            return new PersonPage(driver);
        }
    }

    /** A person's page (any title: the person's name). */
    public static class PersonPage {

        private final WebDriver driver;

        PersonPage(WebDriver driver) {
            this.driver = driver;
            Page.waiting(driver, TIMEOUT)
                    .until(d -> !d.findElements(By.id("person-details")).isEmpty());
        }

        public String flags() {
            List<WebElement> flags = driver.findElements(By.id("person-flags"));
            return flags.isEmpty() ? "" : flags.get(0).getText();
        }

        public List<String> referrals() {
            // the person's links hold every module's (sanctuary and refuge, MARAC...): referrals are "received"
            return driver.findElements(By.cssSelector("#person-links li")).stream().map(WebElement::getText)
                    .filter(text -> text.contains("received")).toList();
        }

        public String banner() {
            List<WebElement> banner = driver.findElements(By.cssSelector(".govuk-notification-banner--success"));
            return banner.isEmpty() ? "" : banner.get(0).getText();
        }

        public MergePage openLatestMerge() {
            WebElement html = driver.findElement(By.tagName("html"));
            driver.findElement(By.cssSelector("#merge-history li a")).click();
            Page.waiting(driver, TIMEOUT)
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
            return new MergePage(driver);
        }
    }

    /** One merge, with "Undo the merge". */
    public static class MergePage extends Page {

        MergePage(WebDriver driver) {
            super(driver, "Merge of two records");
        }

        public PersonPage unmerge(String reason) {
            type(By.id("unmerge-reason"), reason);
            clickAndLeave(By.id("unmerge-button"));
            return new PersonPage(driver);
        }
    }
}
