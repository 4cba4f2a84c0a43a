package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HearthIntegrationTest
class AccountTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void userChangesTheirPasswordAndSignsInWithTheNewOne() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user);
        Page account = web.get("/account");
        assertThat(account.html().select(".govuk-summary-list").text()).contains(user.username(), "Practitioner",
                "Authenticator app");

        Page wrong = web.post("/account/password", Map.of("currentPassword", "not it",
                "newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorSummary()).contains("current password is not right");

        Page mismatch = web.post("/account/password", Map.of("currentPassword", user.password(),
                "newPassword", "a brand new passphrase", "confirmPassword", "a different one"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.errorSummary()).contains("do not match");

        Page tooShort = web.post("/account/password", Map.of("currentPassword", user.password(),
                "newPassword", "short", "confirmPassword", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.errorSummary()).contains("12 characters or more");

        Page done = web.post("/account/password", Map.of("currentPassword", user.password(),
                "newPassword", "a brand new passphrase", "confirmPassword", "a brand new passphrase"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(web.open(done.location()).html().text()).contains("Your password has been changed");

        WebSession again = new WebSession(port);
        assertThat(again.signIn(user.username(), user.password()).status()).as("old password").isEqualTo(401);
        assertThat(again.signIn(user.username(), "a brand new passphrase").html().title())
                .startsWith("Enter your security code");
    }

    /**
     * Changing one's password ends one's other sessions (sec20): whoever signed in with the old password elsewhere is
     * signed out at once, not up to ten hours later; the session that changed it carries on.
     */
    @Test
    void changingThePasswordEndsTheOtherSessions() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession elsewhere = new WebSession(port, "10.1.2.3");
        elsewhere.signIn(user);
        assertThat(elsewhere.get("/account").status()).isEqualTo(200);

        WebSession web = new WebSession(port);
        web.signIn(user.username(), user.password());
        assertThat(web.post("/login/code", Map.of("code", user.code(1))).status()).isEqualTo(303);
        assertThat(web.get("/account").status()).isEqualTo(200);
        Page done = web.post("/account/password", Map.of("currentPassword", user.password(),
                "newPassword", "another new passphrase", "confirmPassword", "another new passphrase"));
        assertThat(done.status()).isEqualTo(303);

        Page account = web.get("/account");
        assertThat(account.status()).as("the session that changed it carries on").isEqualTo(200);
        assertThat(account.body()).contains("You have been signed out everywhere else.");
        Page after = elsewhere.get("/account");
        assertThat(after.status()).as("the other session has ended").isEqualTo(401);
        assertThat(after.body()).doesNotContain(user.username());
    }

    /** New recovery codes because the old may be known: whoever signed in elsewhere (perhaps with one) is signed out. */
    @Test
    void newRecoveryCodesEndTheOtherSessions() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession elsewhere = new WebSession(port, "10.1.2.4");
        elsewhere.signIn(user);
        assertThat(elsewhere.get("/account").status()).isEqualTo(200);

        WebSession web = new WebSession(port);
        web.signIn(user.username(), user.password());
        assertThat(web.post("/login/code", Map.of("code", user.code(1))).status()).isEqualTo(303);
        web.get("/account");
        Page codes = web.post("/account/recovery-codes", Map.of());
        assertThat(codes.html().select("#recovery-codes li")).hasSize(10);
        assertThat(codes.html().selectFirst("h1").text()).as("not the enrolment's panel").isEqualTo("New recovery codes made");
        assertThat(codes.html().selectFirst("#signed-out-elsewhere").text())
                .isEqualTo("Your old recovery codes no longer work, and you have been signed out everywhere else.");

        assertThat(web.get("/account").status()).as("the session that asked carries on").isEqualTo(200);
        assertThat(elsewhere.get("/account").status()).as("the other session has ended").isEqualTo(401);
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user);
        web.get("/account");
        var first = web.post("/account/recovery-codes", Map.of()).html().select("#recovery-codes li").eachText();
        web.get("/account");
        var second = web.post("/account/recovery-codes", Map.of()).html().select("#recovery-codes li").eachText();
        assertThat(first).hasSize(10);
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);

        WebSession other = new WebSession(port);
        other.signIn(user.username(), user.password());
        assertThat(other.post("/login/code", Map.of("code", first.get(0))).status()).isEqualTo(401);
        assertThat(other.post("/login/code", Map.of("code", second.get(0))).status()).isEqualTo(303);
    }
}
