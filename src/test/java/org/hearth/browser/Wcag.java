package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * The one accessibility check of the browser tests: axe-core (Deque) runs the WCAG 2.0, 2.1 and 2.2 A and AA rules
 * it can test automatically on the page the browser shows, with GOV.UK Frontend's JavaScript running. Automated
 * checks find only part of the problems; they guard against regressions.
 *
 * <p>axe runs in the page itself ({@link AxeBuilder#setLegacyMode(boolean) legacy mode}). The library's default
 * runs each frame in parts and then opens a new blank tab, injects axe into it again and finishes the run there,
 * so that frames of other origins can be checked; Hearth's pages have no frames, so that tab checked nothing more
 * and cost a tab, a second injection of axe and a round trip of the partial results on every check. The rules, the
 * tags and the document checked are the same.
 */
final class Wcag {

    static final List<String> AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The longest one check may take (axe's own default, as the tests set it before). */
    static final Duration TIMEOUT = Duration.ofSeconds(180);

    private Wcag() {
    }

    /** Fails with each violation (rule, impact, help, where) when the page breaks a rule, or when axe did not run. */
    static void assertMeetsAa(WebDriver driver, String page) {
        Results results;
        // legacy mode leaves the browser's script timeout as it is (the default mode raises it for good): raised
        // for the check only, since axe takes seconds on a large page under load
        Duration before = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        try {
            results = new AxeBuilder().setLegacyMode(true).withTags(AA).analyze(driver);
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
        assertThat(results.getViolations()).as("WCAG violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
        assertThat(results.getPasses()).as("axe ran its checks on %s (%s)", page, results.getErrorMessage())
                .isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
