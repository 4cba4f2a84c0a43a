package org.hearth.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A housing page (sanctuary and refuge for a person, a sanctuary referral, a refuge referral, the referral forms),
 * found by its title. A form is named by the end of its action ({@code /survey}, {@code /jobs}, {@code /outcome},
 * {@code /refuge}...), as the pages have several.
 */
class HousingScreen extends Page {

    HousingScreen(WebDriver driver, String title) {
        super(driver, title);
    }

    static HousingScreen open(WebDriver driver, String url, String title) {
        driver.get(url);
        return new HousingScreen(driver, title);
    }

    String main() {
        return visible(By.tagName("main")).getText();
    }

    /** The value of a row of the page's summary list, by its key. */
    String summary(String key) {
        return visible(By.xpath("//main//dt[normalize-space()='" + key + "']/following-sibling::dd[1]")).getText();
    }

    private static String form(String action) {
        return "main form[action$='" + action + "']";
    }

    HousingScreen follow(String linkText, String next) {
        clickAndLeave(By.linkText(linkText));
        return new HousingScreen(driver, next);
    }

    /** Clicks the submit button of the form posting to {@code action} and lands on the page titled {@code next}. */
    HousingScreen submit(String action, String next) {
        clickAndLeave(By.cssSelector(form(action) + " button[type=submit]"));
        return new HousingScreen(driver, next);
    }

    HousingScreen type(String action, String name, String text) {
        type(By.cssSelector(form(action) + " [name='" + name + "']"), text);
        return this;
    }

    /** Chooses the option whose text starts with {@code label} (a provider's option ends with its vacancies). */
    HousingScreen select(String action, String name, String label) {
        Select select = new Select(visible(By.cssSelector(form(action) + " select[name='" + name + "']")));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starting '" + label + "' in " + name));
        select.selectByVisibleText(option.getText());
        return this;
    }

    /** Ticks a checkbox or chooses a radio by its name and value, clicking its label as a person would. */
    HousingScreen tick(String action, String name, String value) {
        WebElement input = driver.findElement(By.cssSelector(form(action) + " input[name='" + name + "'][value='"
                + value + "']"));
        visible(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
        return this;
    }

    HousingScreen date(String action, String field, LocalDate date) {
        type(action, field + ".day", String.valueOf(date.getDayOfMonth()));
        type(action, field + ".month", String.valueOf(date.getMonthValue()));
        type(action, field + ".year", String.valueOf(date.getYear()));
        return this;
    }

    boolean hasForm(String action) {
        return !driver.findElements(By.cssSelector(form(action))).isEmpty();
    }
}
