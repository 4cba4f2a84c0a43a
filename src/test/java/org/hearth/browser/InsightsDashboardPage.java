package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The insights dashboard, for a period: its figures and the strategy status. */
public class InsightsDashboardPage extends Page {

    public static final String TITLE = "Insights";

    InsightsDashboardPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public static InsightsDashboardPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/insights?" + query);
        return new InsightsDashboardPage(driver);
    }

    public String strategyTitle() {
        return visible(By.id("strategy-title")).getText();
    }

    /** A count of the strategy section: open-actions, overdue-actions, red-actions, amber-actions, green-actions. */
    public String count(String id) {
        return visible(By.id(id)).getText();
    }

    /** The value shown for a headline figure, by the headline's id (e.g. {@code marac}, {@code marac-attendance}). */
    public String figure(String headline) {
        return visible(By.cssSelector("#figure-" + headline + " .hearth-figure__value")).getText();
    }

    /** The status shown for an objective, by its text. */
    public String objectiveStatus(String objective) {
        return visible(By.xpath("//table[@id='objectives']//tr[th[normalize-space()='" + objective + "']]/td[2]"))
                .getText();
    }
}
