package org.hearth.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The practitioner's referral form. */
public class ReferralFormPage extends Page {

    public static final String TITLE = "Make a referral";

    ReferralFormPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public static ReferralFormPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/referrals/new");
        return new ReferralFormPage(driver);
    }

    public ReferralFormPage incidentOn(LocalDate date) {
        type(By.id("incidentDate.day"), String.valueOf(date.getDayOfMonth()));
        type(By.id("incidentDate.month"), String.valueOf(date.getMonthValue()));
        type(By.id("incidentDate.year"), String.valueOf(date.getYear()));
        return this;
    }

    public ReferralFormPage victim(String given, String family, LocalDate born) {
        type(By.id("victimGivenName"), given);
        type(By.id("victimFamilyName"), family);
        type(By.id("victimDateOfBirth.day"), String.valueOf(born.getDayOfMonth()));
        type(By.id("victimDateOfBirth.month"), String.valueOf(born.getMonthValue()));
        type(By.id("victimDateOfBirth.year"), String.valueOf(born.getYear()));
        return this;
    }

    public ReferralFormPage perpetrator(String given, String family) {
        type(By.id("perpetratorGivenName"), given);
        type(By.id("perpetratorFamilyName"), family);
        return this;
    }

    public ReferralFormPage childPresent(String given, String family, int age) {
        type(By.id("children[0].givenName"), given);
        type(By.id("children[0].familyName"), family);
        type(By.id("children[0].age"), String.valueOf(age));
        check(By.id("child-present-0"));
        return this;
    }

    public ReferralFormPage abuse(String label) {
        check(By.xpath("//fieldset[.//legend[normalize-space()='Types of abuse']]//label[normalize-space()='" + label
                + "']/preceding-sibling::input"));
        return this;
    }

    public ReferralFormPage consentGiven() {
        check(By.xpath("//input[@name='consent' and @value='GIVEN']"));
        return this;
    }

    public ReferralFormPage whatHappened(String text) {
        type(By.id("narrative"), text);
        return this;
    }

    public CheckReferralPage continueToCheck() {
        clickAndLeave(submitButton());
        return new CheckReferralPage(driver);
    }

    private void check(By by) {
        WebElement box = driver.findElement(by);
        if (!box.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
        }
    }
}
