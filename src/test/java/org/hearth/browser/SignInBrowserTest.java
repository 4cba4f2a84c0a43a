package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in with a real browser, GOV.UK Frontend's JavaScript running. */
@HearthIntegrationTest
class SignInBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void newUserEnrolsAnAuthenticatorAppAndReachesHome() {
        var user = fixtures.newUser(Role.PRACTITIONER);

        EnrolPage enrol = LoginPage.open(chromium.driver(), base()).signInAsNewUser(user.username(), user.password());
        String secret = enrol.secret();
        assertThat(secret).matches("[A-Z2-7]{16,}");

        RecoveryCodesPage recovery = enrol.enterCode(Fixtures.totp(secret, Instant.now()));
        List<String> codes = recovery.codes();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).isNotBlank());

        HomePage home = recovery.continueToHome();
        assertThat(home.heading()).isEqualTo("My work");
        assertThat(home.signedInName()).isEqualTo(user.user().displayName());
        assertThat(home.url()).isEqualTo(base() + "/");
        chromium.screenshot("home");
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryWithFocusOnTheSignInPage() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);

        LoginPage page = LoginPage.open(chromium.driver(), base())
                .signInExpectingError(user.username(), "not the password");

        WebElement summary = page.focusedErrorSummary();
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).contains("There is a problem")
                .contains("The username or password is not right. Check them and try again.");
        assertThat(page.title()).isEqualTo("Error: Sign in – Hearth");
        assertThat(page.heading()).isEqualTo("Sign in to Hearth");
        assertThat(page.url()).isEqualTo(base() + "/login");
        assertThat(page.username()).isEqualTo(user.username());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
