package org.hearth.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The daily hub meeting's agenda, and a case on it, as the hub coordinator runs them. */
public class HubMeetingPage extends Page {

    HubMeetingPage(WebDriver driver) {
        super(driver, driver.getTitle().replace(" – Hearth", "").replace("Error: ", ""));
    }

    static HubMeetingPage open(WebDriver driver, String url) {
        driver.get(url);
        return new HubMeetingPage(driver);
    }

    public String state() {
        return visible(By.id("state")).getText();
    }

    public HubMeetingPage start() {
        clickAndLeave(By.id("start"));
        return new HubMeetingPage(driver);
    }

    public HubMeetingPage end() {
        clickAndLeave(By.id("end"));
        return new HubMeetingPage(driver);
    }

    public List<String> cases() {
        return driver.findElements(By.cssSelector("#cases tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Opens a case by its reference. */
    public HubMeetingPage openCase(String reference) {
        clickAndLeave(By.linkText(reference));
        return new HubMeetingPage(driver);
    }

    public HubMeetingPage decide(String reason, String... decisions) {
        for (String d : decisions) {
            driver.findElement(By.xpath("//label[normalize-space()=\"" + d + "\"]")).click();
        }
        type(By.id("reason"), reason);
        clickAndLeave(By.xpath("//button[normalize-space()='Record decisions']"));
        return new HubMeetingPage(driver);
    }

    public HubMeetingPage action(String forWhom, String what, String owner, LocalDate due) {
        driver.findElement(By.xpath("//label[normalize-space()=\"" + forWhom + "\"]")).click();
        type(By.id("description"), what);
        new Select(driver.findElement(By.id("owner"))).selectByVisibleText(owner);
        type(By.id("dueDate"), due.toString());
        clickAndLeave(By.xpath("//button[normalize-space()='Add action']"));
        return new HubMeetingPage(driver);
    }

    public String status() {
        return visible(By.id("status")).getText();
    }

    public String actions() {
        return visible(By.id("actions")).getText();
    }

    public HubMeetingPage backToAgenda() {
        clickAndLeave(By.linkText("Back to the agenda"));
        return new HubMeetingPage(driver);
    }
}
