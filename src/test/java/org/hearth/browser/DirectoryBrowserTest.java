package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.partnership.Partnerships;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.ListedService;
import org.hearth.services.Need;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceDirectory;
import org.hearth.services.ServiceKind;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of the public searches the directory on a small phone, opens a service and leaves with "Exit this page":
 * the browser leaves Hearth, Back does not return to the directory, and no cookie was ever set. Then axe-core checks
 * the directory's pages against WCAG 2.2 AA.
 */
@HearthIntegrationTest
class DirectoryBrowserTest {

    private static final String BEFORE = "data:text/html,<title>Before</title><h1>Before</h1>";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    ServiceDirectory directory;
    @Autowired
    Partnerships partnerships;
    @Autowired
    Fixtures fixtures;

    String tag;
    ListedService refuge;

    @BeforeEach
    void services() {
        fixtures.agency("Test Agency");
        tag = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        refuge = directory.add(new ServiceDetails("Harbour Light Refuge " + tag, null, "Harbour Light Trust",
                ServiceKind.REFUGE, true, Set.of(), Set.of(Need.WOMEN, Need.CHILDREN_YOUNG_PEOPLE), List.of("English"),
                "24 hours, every day", new HowToGetHelp("0808 157 0999", null, null, null, null),
                "Safe rooms for women and children.", null, 10, directory.today(), true));
        directory.add(new ServiceDetails("Men's Outreach " + tag, null, "Harbour Light Trust", ServiceKind.OUTREACH,
                true, Set.of(), Set.of(Need.MEN), List.of("English"), null,
                new HowToGetHelp("0306 999 0998", null, null, null, null), null, null, null, directory.today(), true));
    }

    @Test
    void someoneSearchesOnASmallPhoneAndLeavesWithoutAWayBack() {
        WebDriver driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(320, 900));
        try {
            driver.get(BEFORE);
            DirectoryPage directoryPage = DirectoryPage.open(driver, base());
            assertThat(horizontalOverflow(driver)).as("page wider than a 320px screen").isLessThanOrEqualTo(0);
            chromium.screenshot("directory-320px");

            DirectoryPage results = directoryPage.search(tag, "Women");
            assertThat(results.url()).contains("q=" + tag).contains("need=WOMEN");
            assertThat(results.results()).containsExactly(refuge.name());
            chromium.screenshot("directory-results-320px");

            ServicePage service = results.openService(refuge.name());
            assertThat(service.phone()).isEqualTo("0808 157 0999");
            assertThat(horizontalOverflow(driver)).as("service page wider than a 320px screen").isLessThanOrEqualTo(0);
            chromium.screenshot("directory-service-320px");
            assertThat(driver.manage().getCookies()).as("cookies set by the directory").isEmpty();

            service.withExitThisPageEnhanced().exitThisPage();
            Page.waiting(driver, Duration.ofSeconds(15))
                    .withMessage(() -> "waiting to leave Hearth, still at " + driver.getCurrentUrl())
                    .until(d -> !d.getCurrentUrl().startsWith(base()));
            assertThat(URI.create(driver.getCurrentUrl()).getHost()).isEqualTo("www.bbc.co.uk");

            driver.navigate().back();
            Page.waiting(driver, Duration.ofSeconds(15))
                    .withMessage(() -> "waiting for Back to reach the page before the directory, at " + driver.getCurrentUrl())
                    .until(d -> d.getCurrentUrl().startsWith("data:"));
            assertThat(driver.getCurrentUrl()).doesNotContain("/directory");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void theDirectoryMeetsWcagAa() {
        WebDriver driver = chromium.driver();
        for (String path : List.of("/directory", "/directory?q=" + tag + "&need=WOMEN", "/directory/" + refuge.id(),
                "/directory/cover-your-tracks", "/directory?area=not-an-area")) {
            driver.get(base() + path);
            Wcag.assertMeetsAa(driver, path);
        }
    }

    private static long horizontalOverflow(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
