package org.hearth.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests: one browser per JVM, started before the first test of the first
 * browser class, handed to each browser class after it (other tabs closed, a blank page, the window's size and the
 * timeouts set again) and quit when the JVM ends. A browser that no longer answers is started again. Register it in
 * a test class as
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();} next to
 * {@code @HearthIntegrationTest}.
 *
 * <p>Only the system's Chromium and chromedriver are used (paths set explicitly, so Selenium Manager never
 * downloads anything). When they are missing, the tests are skipped with a banner on stderr, unless the
 * system property {@code hearth.browser-tests} is {@code required} (as {@code .ci/run} sets it): then they
 * fail. Every test starts without cookies; a failing test leaves a screenshot and the page source in
 * {@code target/screenshots}.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

    /** Where Debian's {@code chromium} and {@code chromium-driver} packages put them; overridable for other systems. */
    static final Path CHROMIUM = Path.of(System.getProperty("hearth.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("hearth.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Selenium warns at every start that it has no DevTools (CDP) classes for this Chromium version. The tests
     * use WebDriver only, so that is noise. Held here so the configured loggers are not garbage collected.
     */
    private static final List<Logger> CDP_LOGGERS = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    /** The JVM's browser and its profile directory, kept from one browser class to the next. */
    private static WebDriver shared;
    private static Path sharedProfile;
    /** The window's size as started ({@code --window-size}), put back when a class changed it. */
    private static Dimension startSize;

    private WebDriver driver;
    private String skipReason;

    /** The browser of the current test class. */
    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("Chromium is not running: register Chromium with @RegisterExtension "
                    + "on a static field");
        }
        return driver;
    }

    /** Saves a PNG of the current page as {@code target/screenshots/<name>.png}, for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            return Files.write(target, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getProperty("hearth.browser-tests", "optional").trim());
    }

    static List<Path> missing() {
        List<Path> missing = new ArrayList<>();
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                missing.add(p);
            }
        }
        return missing;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        List<Path> missing = missing();
        if (!missing.isEmpty()) {
            String why = "Chromium browser tests need " + missing + ", which " + (missing.size() == 1 ? "is" : "are")
                    + " missing. Install them with: apt-get install -y chromium chromium-driver";
            if (required()) {
                Assertions.fail(why + " (browser tests are required: -Dhearth.browser-tests=required)");
            }
            banner(context.getRequiredTestClass().getSimpleName(), missing);
            skipReason = why;
            return; // each test is then skipped by an assumption, so the build's summary counts them as skipped
        }
        driver = browser();
    }

    /** The JVM's browser, reset for a new class; started (again, when it no longer answers) if need be. */
    private static synchronized WebDriver browser() throws IOException {
        if (shared != null) {
            try {
                reset(shared);
                return shared;
            } catch (WebDriverException gone) {
                quit();
            }
        }
        start();
        reset(shared);
        return shared;
    }

    private static void start() throws IOException {
        CDP_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
        if (sharedProfile == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quit, "chromium-quit"));
        }
        sharedProfile = Files.createTempDirectory("hearth-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + sharedProfile.toAbsolutePath(),
                "--window-size=1280,1024",
                // Hermetic: every host but localhost fails to resolve at once, so no test reaches the internet
                // (or hangs on a closed network). Links out of Hearth still navigate, to an error page.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        shared = new ChromeDriver(service, options);
        startSize = shared.manage().window().getSize();
    }

    /**
     * What one class may have changed, undone for the next: its other tabs, its page, the window's size (a class
     * checks a phone's width) and the timeouts (axe raises the script timeout). Cookies go before every test.
     */
    private static void reset(WebDriver browser) {
        List<String> tabs = new ArrayList<>(browser.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            browser.switchTo().window(tab).close();
        }
        browser.switchTo().window(tabs.get(0));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        browser.get("about:blank");
        if (!startSize.equals(browser.manage().window().getSize())) {
            browser.manage().window().setSize(startSize);
        }
    }

    /** Quits the JVM's browser (and chromedriver with it) and deletes its profile: at the JVM's end, or when gone. */
    private static synchronized void quit() {
        try {
            if (shared != null) {
                shared.quit();
            }
        } catch (RuntimeException e) {
            System.err.println("Could not quit Chromium: " + e);
        } finally {
            shared = null;
            if (sharedProfile != null) {
                deleteQuietly(sharedProfile);
            }
        }
    }

    /** Each test starts signed out: no cookies from an earlier test of the class, on any site. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(skipReason == null, () -> "Browser test skipped: " + skipReason);
        ((ChromeDriver) driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "-failed";
        try {
            Path png = screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser test failed at " + driver.getCurrentUrl() + "; screenshot: " + png);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save a screenshot of the failed browser test: " + e);
        }
    }

    /** The browser stays for the next class (reset when that class begins); the JVM's end quits it. */
    @Override
    public void afterAll(ExtensionContext context) {
        driver = null;
        skipReason = null;
    }

    private static void banner(String testClass, List<Path> missing) {
        String line = "=".repeat(100);
        System.err.println(String.join(System.lineSeparator(),
                "",
                line,
                line,
                "  BROWSER TESTS SKIPPED: " + testClass,
                "",
                "  Chromium and chromedriver are needed, but these are missing: " + missing,
                "  Install them (Debian / Ubuntu, as root):",
                "",
                "      apt-get install -y chromium chromium-driver",
                "",
                "  Elsewhere, point the tests at them: -Dhearth.chromium=/path/to/chromium "
                        + "-Dhearth.chromedriver=/path/to/chromedriver",
                "  To make a missing browser fail the build instead (as .ci/run does): "
                        + "mvn test -Dhearth.browser-tests=required",
                line,
                line,
                ""));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp directory; Chromium may still be letting go of it
        }
    }
}
