package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The second sign-in step for an enrolled user: the code from their authenticator app. */
public class SecurityCodePage extends Page {

    public static final String TITLE = "Enter your security code";

    SecurityCodePage(WebDriver driver) {
        super(driver, TITLE);
    }

    public HomePage enterCode(String code) {
        type(By.id("code"), code);
        clickAndLeave(submitButton());
        return new HomePage(driver);
    }
}
