package org.hearth.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A casework page (a service, a case, its safety plan, outcomes, closing), found by its title. Casework forms have
 * no ids: a form is named by the end of its action ({@code /contacts}, {@code /close}...).
 */
class CaseScreen extends Page {

    CaseScreen(WebDriver driver, String title) {
        super(driver, title);
    }

    static CaseScreen open(WebDriver driver, String url, String title) {
        driver.get(url);
        return new CaseScreen(driver, title);
    }

    String main() {
        return visible(By.tagName("main")).getText();
    }

    private static String form(String action) {
        return "main form[action$='" + action + "']";
    }

    /** Clicks the submit button of the form posting to {@code action} and lands on the page titled {@code next}. */
    CaseScreen submit(String action, String next) {
        clickAndLeave(By.cssSelector(form(action) + " button[type=submit]"));
        return new CaseScreen(driver, next);
    }

    /**
     * Clicks the submit button of the form posting to {@code action} and lands on a page whose title starts with
     * {@code prefix} (a record's page, titled by a reference the test cannot know before it is saved).
     */
    CaseScreen submitToPrefix(String action, String prefix) {
        clickAndLeave(By.cssSelector(form(action) + " button[type=submit]"));
        String suffix = " – Hearth";
        String title = until("a page titled '" + prefix + "...'",
                d -> d.getTitle() != null && d.getTitle().startsWith(prefix) && d.getTitle().endsWith(suffix)
                        ? d.getTitle() : null);
        return new CaseScreen(driver, title.substring(0, title.length() - suffix.length()));
    }

    /** The text of the element with this css selector (waiting for it to show). */
    String text(String css) {
        return visible(By.cssSelector(css)).getText();
    }

    /**
     * The cells of the row labelled {@code label} (its first cell) in the table whose caption starts with
     * {@code caption} (empty: any table), the label first.
     */
    List<String> row(String caption, String label) {
        for (WebElement table : driver.findElements(By.cssSelector("main table"))) {
            List<WebElement> captions = table.findElements(By.tagName("caption"));
            if (!caption.isEmpty() && (captions.isEmpty()
                    || !captions.get(0).getDomProperty("textContent").strip().startsWith(caption))) {
                continue;
            }
            for (WebElement tr : table.findElements(By.cssSelector("tbody tr"))) {
                // the text as written: a wide table scrolls, and a cell scrolled out of view has no visible text
                List<String> cells = tr.findElements(By.cssSelector("th, td")).stream()
                        .map(c -> c.getDomProperty("textContent").strip()).toList();
                if (!cells.isEmpty() && cells.get(0).equals(label)) {
                    return cells;
                }
            }
        }
        throw new AssertionError("no row '" + label + "' in a table captioned '" + caption + "' at "
                + driver.getCurrentUrl());
    }

    CaseScreen follow(String linkText, String next) {
        clickAndLeave(By.linkText(linkText));
        return new CaseScreen(driver, next);
    }

    CaseScreen type(String action, String name, String text) {
        type(By.cssSelector(form(action) + " [name='" + name + "']"), text);
        return this;
    }

    CaseScreen select(String action, String name, String label) {
        new Select(visible(By.cssSelector(form(action) + " select[name='" + name + "']"))).selectByVisibleText(label);
        return this;
    }

    /** Chooses a radio by its name and value, clicking its label as a person would. */
    CaseScreen choose(String action, String name, String value) {
        WebElement input = driver.findElement(By.cssSelector(form(action) + " input[name='" + name + "'][value='"
                + value + "']"));
        visible(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
        return this;
    }

    CaseScreen date(String action, String field, LocalDate date) {
        type(action, field + ".day", String.valueOf(date.getDayOfMonth()));
        type(action, field + ".month", String.valueOf(date.getMonthValue()));
        type(action, field + ".year", String.valueOf(date.getYear()));
        return this;
    }

    /** The forms of the page's main content, by their actions. */
    List<String> formActions() {
        return driver.findElements(By.cssSelector("main form")).stream().map(f -> f.getDomAttribute("action")).toList();
    }

    /** The texts of the submit buttons in the page's main content. */
    List<String> buttons() {
        return driver.findElements(By.cssSelector("main button[type=submit]")).stream().map(WebElement::getText)
                .toList();
    }

    /** Whether the element with this css selector comes before the other in the page. */
    boolean before(String first, String second) {
        WebElement a = visible(By.cssSelector(first));
        WebElement b = visible(By.cssSelector(second));
        Object r = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                a, b);
        return Boolean.TRUE.equals(r);
    }
}
