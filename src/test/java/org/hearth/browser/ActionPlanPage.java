package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An action of a strategy's action plan: its RAG and status, and the progress form. */
class ActionPlanPage extends Page {

    ActionPlanPage(WebDriver driver) {
        super(driver, "Action");
    }

    static ActionPlanPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ActionPlanPage(driver);
    }

    String rag() {
        return visible(By.cssSelector("#rag-now .govuk-tag")).getText();
    }

    boolean overdue() {
        return !driver.findElements(By.cssSelector("#due .overdue")).isEmpty();
    }

    /** Records progress with a new RAG (its enum name), marking the action done or not. */
    ActionPlanPage recordProgress(String text, String rag, boolean done) {
        type(By.id("text"), text);
        driver.findElement(By.cssSelector("input[name=rag][value=" + rag + "]")).click();
        if (done) {
            driver.findElement(By.id("done")).click();
        }
        clickAndLeave(By.cssSelector("form[action$=progress] button[type=submit]"));
        return new ActionPlanPage(driver);
    }

    String status() {
        return visible(By.id("action-status")).getText();
    }

    String banner() {
        return visible(By.cssSelector(".govuk-notification-banner--success")).getText();
    }
}
