package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The signed-in home page. */
public class HomePage extends Page {

    public static final String TITLE = "Home";

    HomePage(WebDriver driver) {
        super(driver, TITLE);
    }

    /** The name in the header, shown only to a signed-in user. */
    public String signedInName() {
        return visible(By.cssSelector(".hearth-header__name")).getText();
    }
}
