package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Setting up an authenticator app: QR code, the key to type instead, and the first code. */
public class EnrolPage extends Page {

    public static final String TITLE = "Set up your authenticator app";

    EnrolPage(WebDriver driver) {
        super(driver, TITLE);
    }

    /** Opens "I cannot scan the QR code" and reads the key shown there, without its spaces. */
    public String secret() {
        By secret = By.id("secret");
        if (!driver.findElement(secret).isDisplayed()) {
            visible(By.cssSelector("summary.govuk-details__summary")).click();
        }
        return visible(secret).getText().replace(" ", "");
    }

    public RecoveryCodesPage enterCode(String code) {
        type(By.id("code"), code);
        clickAndLeave(submitButton());
        return new RecoveryCodesPage(driver);
    }
}
