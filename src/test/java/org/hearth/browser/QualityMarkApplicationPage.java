package org.hearth.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** A Quality Mark application: the standards with evidence and decisions, and the forms that add to them and award. */
public class QualityMarkApplicationPage extends Page {

    QualityMarkApplicationPage(WebDriver driver) {
        super(driver, "Quality Mark application");
    }

    /** Opens an application for a holder ({@code AGENCY:<id>} or {@code SCHOOL:<id>}) at a level, from the form. */
    public static QualityMarkApplicationPage apply(WebDriver driver, String baseUrl, String holder, int level) {
        driver.get(baseUrl + "/workforce/quality-mark/applications/new");
        new ApplyForm(driver).choose(holder, level);
        return new QualityMarkApplicationPage(driver);
    }

    /** The form that opens an application. */
    static final class ApplyForm extends Page {

        ApplyForm(WebDriver driver) {
            super(driver, "Open a Quality Mark application");
        }

        void choose(String holder, int level) {
            new Select(visible(By.id("holder"))).selectByValue(holder);
            radio(driver, "level", String.valueOf(level));
            clickAndLeave(submitButton());
        }
    }

    /** GOV.UK radios hide the input itself: choose by its label. */
    static void radio(WebDriver driver, String name, String value) {
        String id = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .getDomAttribute("id");
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private QualityMarkApplicationPage submitForm(String action) {
        clickAndLeave(By.cssSelector("main form[action$='/" + action + "'] button[type=submit]"));
        return new QualityMarkApplicationPage(driver);
    }

    public QualityMarkApplicationPage addEvidence(String standard, String note) {
        new Select(visible(By.id("evidenceStandard"))).selectByValue(standard);
        type(By.id("evidenceNote"), note);
        return submitForm("evidence");
    }

    public QualityMarkApplicationPage decide(String standard, boolean met, String note) {
        new Select(visible(By.id("decisionStandard"))).selectByValue(standard);
        radio(driver, "met", met ? "yes" : "no");
        if (note != null) {
            type(By.id("decisionNote"), note);
        }
        return submitForm("decisions");
    }

    public QualityMarkApplicationPage award(int level, LocalDate on) {
        radio(driver, "level", String.valueOf(level));
        type(By.id("awardedOn.day"), String.valueOf(on.getDayOfMonth()));
        type(By.id("awardedOn.month"), String.valueOf(on.getMonthValue()));
        type(By.id("awardedOn.year"), String.valueOf(on.getYear()));
        return submitForm("award");
    }

    /** The row of a standard: its title, evidence and decision. */
    public String standard(String code) {
        return visible(By.cssSelector("#standards tr[data-standard='" + code + "']")).getText();
    }

    public String organisation() {
        return heading();
    }

    public String award() {
        return visible(By.id("award")).getText();
    }

    public String errorSummary() {
        return visible(By.cssSelector(".govuk-error-summary")).getText();
    }
}
