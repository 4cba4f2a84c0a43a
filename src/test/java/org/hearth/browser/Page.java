package org.hearth.browser;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Hearth page in the browser. Constructing one waits until the browser shows it (by its title, which
 * every Hearth page has as "{@code <title> – Hearth}"), so a test fails right where it lands on the wrong page.
 */
abstract class Page {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * How often a wait looks again. Selenium's default, half a second, added up to that to every click: the old page
     * is never gone yet when a click returns, so the first look always failed and the next came 500 ms later.
     */
    static final Duration POLL = Duration.ofMillis(50);

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    Page(WebDriver driver, String title) {
        this.driver = driver;
        this.wait = waiting(driver, TIMEOUT);
        String expected = title + " – Hearth";
        // a page showing a form's errors says so first ("Error: "), as GOV.UK asks
        until("the page titled '" + expected + "'",
                d -> expected.equals(d.getTitle()) || ("Error: " + expected).equals(d.getTitle()));
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String heading() {
        return visible(By.tagName("h1")).getText();
    }

    /** A wait of up to {@code timeout} that looks every {@link #POLL}: every wait of the browser tests is one. */
    static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /** Waits for a condition, failing with a message that says what the test was waiting for. */
    protected <T> T until(String what, Function<WebDriver, T> condition) {
        return wait.withMessage(() -> "waiting for " + what + " (at " + driver.getCurrentUrl() + ", title '"
                + driver.getTitle() + "')").until(condition);
    }

    protected WebElement visible(By by) {
        return until(by + " to be visible", ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void type(By field, String text) {
        WebElement input = visible(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks something that loads another page, and waits until this one has gone. */
    protected void clickAndLeave(By by) {
        clickAndLeave(driver, by);
    }

    /**
     * Clicks something that loads another page and waits until this one has gone: a click returns before the next
     * page loads, so a test that reads straight after it may read the old page (and fails only under load).
     */
    static void clickAndLeave(WebDriver driver, By by) {
        WebDriverWait wait = waiting(driver, TIMEOUT);
        WebElement html = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        wait.withMessage(() -> "waiting for the page to be replaced after clicking " + by)
                .until(ExpectedConditions.stalenessOf(html));
    }

    /** Submits the page's own form and waits for the page it leads to. */
    static void submit(WebDriver driver) {
        clickAndLeave(driver, submitButton());
    }

    /** The submit button of the page's own form (not the sign-out button in the header). */
    protected static By submitButton() {
        return By.cssSelector("main form button[type=submit]");
    }
}
