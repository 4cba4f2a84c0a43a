package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The public sign-in page: username and password, the error summary, the "Exit this page" button. */
public class LoginPage extends Page {

    public static final String TITLE = "Sign in";

    LoginPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    /** A user without a second factor yet is sent to set one up. */
    public EnrolPage signInAsNewUser(String username, String password) {
        submit(username, password);
        return new EnrolPage(driver);
    }

    /** An enrolled user is asked for their authenticator code. */
    public SecurityCodePage signIn(String username, String password) {
        submit(username, password);
        return new SecurityCodePage(driver);
    }

    /** Credentials that are refused: the sign-in page again, with an error summary. */
    public LoginPage signInExpectingError(String username, String password) {
        submit(username, password);
        return new LoginPage(driver);
    }

    private void submit(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndLeave(submitButton());
    }

    public String username() {
        return visible(By.id("username")).getDomProperty("value");
    }

    /** The GOV.UK error summary, once visible. */
    public WebElement errorSummary() {
        return visible(By.cssSelector(".govuk-error-summary"));
    }

    /** Waits until GOV.UK Frontend has moved keyboard focus to the error summary, as it does on load. */
    public WebElement focusedErrorSummary() {
        WebElement summary = errorSummary();
        until("the error summary to have keyboard focus", d -> summary.equals(d.switchTo().activeElement()));
        return summary;
    }

    public WebElement exitThisPageButton() {
        return visible(By.cssSelector(".govuk-exit-this-page__button"));
    }

    /** Waits until GOV.UK Frontend's JavaScript has taken over the "Exit this page" control. */
    public LoginPage withExitThisPageEnhanced() {
        until("GOV.UK Frontend to initialise 'Exit this page'", d -> !d.findElements(
                By.cssSelector(".govuk-exit-this-page[data-govuk-exit-this-page-init]")).isEmpty());
        return this;
    }

    /** Clicks "Exit this page". Where the browser goes is up to the caller to check. */
    public void exitThisPage() {
        exitThisPageButton().click();
    }
}
