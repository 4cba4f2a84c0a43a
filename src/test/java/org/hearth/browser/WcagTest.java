package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of every browser test can fail: on a page breaking WCAG rules it fails naming each rule
 * broken, and a page keeping them passes. Small pages of its own, no Hearth: what is tested is {@link Wcag}, with
 * axe run in the page.
 */
class WcagTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aPageBreakingRulesFailsTheCheckNamingEachRule() {
        WebDriver driver = chromium.driver();
        show(driver, "<!DOCTYPE html><html><head><title>Broken</title></head><body><main><h1>Broken</h1>"
                + "<img src=\"/nothing.png\"><form><input type=\"text\" id=\"name\"></form></main></body></html>");

        assertThatThrownBy(() -> Wcag.assertMeetsAa(driver, "a broken page")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("WCAG violations on a broken page")
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }

    @Test
    void aPageKeepingTheRulesPasses() {
        WebDriver driver = chromium.driver();
        show(driver, "<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head><body><main><h1>Fine</h1>"
                + "<img src=\"/nothing.png\" alt=\"Nothing\"><form><label for=\"name\">Name</label>"
                + "<input type=\"text\" id=\"name\"></form></main></body></html>");

        Wcag.assertMeetsAa(driver, "a page keeping the rules");
    }

    private static void show(WebDriver driver, String html) {
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
