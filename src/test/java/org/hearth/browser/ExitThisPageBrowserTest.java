package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The "Exit this page" control on public pages, for someone who must leave the site quickly. */
@HearthIntegrationTest
class ExitThisPageBrowserTest {

    private static final String EXIT_TO = "https://www.bbc.co.uk/weather";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Test
    void exitThisPageLeavesHearth() {
        WebDriver driver = chromium.driver();
        LoginPage page = LoginPage.open(driver, base()).withExitThisPageEnhanced();

        WebElement button = page.exitThisPageButton();
        assertThat(button.getText()).contains("Exit this page");
        assertThat(button.getDomAttribute("href")).isEqualTo(EXIT_TO);

        page.exitThisPage();

        // Nothing outside localhost resolves in the test browser, so this is Chromium's error page for it.
        Page.waiting(driver, Duration.ofSeconds(15))
                .withMessage(() -> "waiting to leave Hearth for " + EXIT_TO + ", still at " + driver.getCurrentUrl())
                .until(d -> !d.getCurrentUrl().startsWith(base()));
        URI now = URI.create(driver.getCurrentUrl());
        assertThat(now.getHost()).isEqualTo("www.bbc.co.uk");
        assertThat(now.getPath()).isEqualTo("/weather");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
