package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** A financial year's commissioning budget: the tables, and the forms that set budgets, add contributions and spend. */
public class CommissioningYearPage extends Page {

    CommissioningYearPage(WebDriver driver, String year) {
        super(driver, "Commissioning budget " + year);
    }

    public static CommissioningYearPage open(WebDriver driver, String baseUrl, String year) {
        driver.get(baseUrl + "/commissioning/years/" + year);
        return new CommissioningYearPage(driver, year);
    }

    private String year() {
        return title().replace("Error: ", "").replace("Commissioning budget ", "").replace(" – Hearth", "");
    }

    public CommissioningYearPage setBudget(String stream, String pounds) {
        new Select(visible(By.id("budgetStream"))).selectByValue(stream);
        type(By.id("budgetAmount"), pounds);
        return submit("budget-form");
    }

    public CommissioningYearPage contribute(String stream, String agency, String pounds, String status, String fund) {
        new Select(visible(By.id("contributionStream"))).selectByValue(stream);
        new Select(visible(By.id("agency"))).selectByVisibleText(agency);
        type(By.id("contributionAmount"), pounds);
        choose("status", status);
        type(By.id("sourceFund"), fund);
        return submit("contribution-form");
    }

    public CommissioningYearPage recordSpend(String stream, int quarter, String pounds, String note) {
        new Select(visible(By.id("spendStream"))).selectByValue(stream);
        choose("quarter", String.valueOf(quarter));
        type(By.id("spendAmount"), pounds);
        if (note != null) {
            type(By.id("note"), note);
        }
        return submit("spend-form");
    }

    /** GOV.UK radios hide the input itself: choose by its label. */
    private void choose(String name, String value) {
        String id = driver.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']"))
                .getDomAttribute("id");
        visible(By.cssSelector("label[for='" + id + "']")).click();
    }

    private CommissioningYearPage submit(String form) {
        String y = year();
        clickAndLeave(By.cssSelector("#" + form + " button[type=submit]"));
        return new CommissioningYearPage(driver, y);
    }

    public String streamRow(String code) {
        return visible(By.id("stream-" + code)).getText();
    }

    public String partnerTable() {
        return visible(By.id("partner-table")).getText();
    }

    public String errorSummary() {
        return visible(By.cssSelector(".govuk-error-summary")).getText();
    }

    public String workbookHref() {
        return visible(By.id("download-workbook")).getDomAttribute("href");
    }
}
