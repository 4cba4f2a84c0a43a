package org.hearth.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The form that adds a DV ambassador, and the ambassador's page it leads to. */
public class AmbassadorFormPage extends Page {

    AmbassadorFormPage(WebDriver driver) {
        super(driver, "Add a DV ambassador");
    }

    public static AmbassadorFormPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/workforce/ambassadors/new");
        return new AmbassadorFormPage(driver);
    }

    /** Adds an ambassador; returns the heading of the ambassador's page. */
    public String add(String name, String jobTitle, String agency, String group, boolean manager, LocalDate trainedOn,
            int colleaguesSupported) {
        type(By.id("name"), name);
        type(By.id("jobTitle"), jobTitle);
        new Select(visible(By.id("agency"))).selectByVisibleText(agency);
        QualityMarkApplicationPage.radio(driver, "group", group);
        QualityMarkApplicationPage.radio(driver, "manager", manager ? "yes" : "no");
        type(By.id("trainedOn.day"), String.valueOf(trainedOn.getDayOfMonth()));
        type(By.id("trainedOn.month"), String.valueOf(trainedOn.getMonthValue()));
        type(By.id("trainedOn.year"), String.valueOf(trainedOn.getYear()));
        type(By.id("colleaguesSupported"), String.valueOf(colleaguesSupported));
        clickAndLeave(submitButton());
        return new Ambassador(driver).heading();
    }

    /** An ambassador's page. */
    static final class Ambassador extends Page {

        Ambassador(WebDriver driver) {
            super(driver, "DV ambassador");
        }
    }
}
