package org.hearth.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A MARAC page (agenda, research, the chair's meeting and case pages, actions), found by the start of its title. */
class MaracScreen extends Page {

    MaracScreen(WebDriver driver, String title) {
        super(driver, title);
    }

    static MaracScreen open(WebDriver driver, String url, String title) {
        driver.get(url);
        return new MaracScreen(driver, title);
    }

    String main() {
        return visible(By.tagName("main")).getText();
    }

    /** Clicks the submit button of the form with this id and lands on the page titled {@code next}. */
    MaracScreen submit(String formId, String next) {
        clickAndLeave(By.cssSelector("#" + formId + " button[type=submit]"));
        return new MaracScreen(driver, next);
    }

    MaracScreen follow(String linkText, String next) {
        clickAndLeave(By.linkText(linkText));
        return new MaracScreen(driver, next);
    }

    MaracScreen type(String id, String text) {
        type(By.id(id), text);
        return this;
    }

    /** Ticks a box or chooses a radio by its label's text, within the form with this id. */
    MaracScreen choose(String formId, String label) {
        WebElement l = visible(By.xpath("//form[@id='" + formId + "']//label[normalize-space()=\"" + label + "\"]"));
        l.click();
        return this;
    }

    MaracScreen select(String id, String label) {
        new Select(visible(By.id(id))).selectByVisibleText(label);
        return this;
    }

    MaracScreen date(String field, LocalDate date) {
        type(By.id(field + ".day"), String.valueOf(date.getDayOfMonth()));
        type(By.id(field + ".month"), String.valueOf(date.getMonthValue()));
        type(By.id(field + ".year"), String.valueOf(date.getYear()));
        return this;
    }

    String href(String linkText) {
        return visible(By.linkText(linkText)).getDomAttribute("href");
    }
}
