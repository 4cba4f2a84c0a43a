package org.hearth.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A strategy action's page, where a coordinator records progress (text, date, RAG, done). */
public class StrategyActionPage extends Page {

    public static final String TITLE = "Action";

    StrategyActionPage(WebDriver driver) {
        super(driver, TITLE);
    }

    public static StrategyActionPage open(WebDriver driver, String baseUrl, String strategyId, String actionId) {
        driver.get(baseUrl + "/strategy/plans/" + strategyId + "/actions/" + actionId);
        return new StrategyActionPage(driver);
    }

    /** Records progress with a new RAG status (its code, e.g. GREEN) and comes back to the action's page. */
    public StrategyActionPage recordProgress(String text, LocalDate on, String rag) {
        type(By.id("text"), text);
        type(By.id("on.day"), String.valueOf(on.getDayOfMonth()));
        type(By.id("on.month"), String.valueOf(on.getMonthValue()));
        type(By.id("on.year"), String.valueOf(on.getYear()));
        // GOV.UK radios hide the input itself: choose by its label
        String id = driver.findElement(By.cssSelector("input[name=rag][value=" + rag + "]")).getDomAttribute("id");
        visible(By.cssSelector("label[for='" + id + "']")).click();
        clickAndLeave(By.cssSelector("main form[action*=progress] button[type=submit]"));
        return new StrategyActionPage(driver);
    }

    public String rag() {
        return visible(By.id("rag-now")).getText();
    }
}
