package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The DASH questions: one fieldset of radios per question. */
public class RiskAssessmentPage extends Page {

    RiskAssessmentPage(WebDriver driver, String questionnaireTitle) {
        super(driver, "Risk assessment: " + questionnaireTitle);
    }

    /** Answers "Yes" to the first {@code yes} questions and "No" to the rest of {@code total}. */
    public RiskAssessmentPage answerYesToFirst(int yes, int total) {
        for (int n = 1; n <= total; n++) {
            String id = n <= yes ? "answer-" + n : "answer-" + n + "-no";
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
        return this;
    }

    public ScorePage continueToScore() {
        clickAndLeave(submitButton());
        return new ScorePage(driver);
    }

    /** The check page: the score, visible high risk, and the grading form. */
    public static class ScorePage extends Page {

        ScorePage(WebDriver driver) {
            super(driver, "Check the score and grade the risk");
        }

        public String score() {
            return visible(By.id("score")).getText();
        }

        public RiskHistoryPage gradeAndSave(String gradeLabel) {
            driver.findElement(By.xpath("//label[normalize-space()='" + gradeLabel + "']")).click();
            clickAndLeave(By.xpath("//main//button[normalize-space()='Save risk assessment']"));
            return new RiskHistoryPage(driver);
        }
    }

    /** A person's risk history and MARAC eligibility. */
    public static class RiskHistoryPage extends Page {

        RiskHistoryPage(WebDriver driver) {
            super(driver, "Risk history and MARAC eligibility");
        }

        public String eligibility() {
            return visible(By.id("marac-eligibility")).getText();
        }

        public String criterion(String kind) {
            return visible(By.id("criterion-" + kind)).getText();
        }

        public String history() {
            return visible(By.id("risk-history")).getText();
        }

        public String safeContact() {
            return visible(By.id("safe-contact")).getText();
        }
    }
}
