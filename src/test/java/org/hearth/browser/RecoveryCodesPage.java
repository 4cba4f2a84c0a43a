package org.hearth.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The recovery codes, shown once after enrolment. */
public class RecoveryCodesPage extends Page {

    public static final String TITLE = "Save your recovery codes";

    RecoveryCodesPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public List<String> codes() {
        return until("the recovery codes", ExpectedConditions.visibilityOfAllElementsLocatedBy(
                By.cssSelector("#recovery-codes li"))).stream().map(WebElement::getText).toList();
    }

    public HomePage continueToHome() {
        clickAndLeave(By.linkText("I have saved my codes, continue"));
        return new HomePage(driver);
    }
}
