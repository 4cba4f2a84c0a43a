package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in end to end over HTTP: password, second factor, enrolment, recovery codes, lockout. */
@HearthIntegrationTest
class SignInTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void passwordThenTotpSignsIn() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);

        Page afterPassword = web.signIn(user.username(), user.password());
        assertThat(afterPassword.html().title()).startsWith("Enter your security code");
        assertThat(web.get("/").status()).as("home is closed until the second factor").isEqualTo(302);

        Page home = web.signIn(user);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().select(".hearth-header__name").text()).isEqualTo(user.user().displayName());
        assertThat(audit(user.user().id().toString(), "LOGIN")).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsRejectedWithAMessageAnd401() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.open("/login");
        Page page = web.post("/login", Map.of("username", user.username(), "password", "not the password"));

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.errorSummary()).contains("username or password is not right");
        assertThat(page.html().selectFirst("#username").attr("value")).isEqualTo(user.username());
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        WebSession web = new WebSession(port);
        web.open("/login");
        Page page = web.post("/login", Map.of("username", "nobody-here", "password", "whatever it is"));
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.errorSummary()).contains("username or password is not right");
    }

    @Test
    void wrongCodeIsRejectedWithAMessageAnd401() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user.username(), user.password());
        String wrong = user.code(0).equals("000000") ? "111111" : "000000";

        Page page = web.post("/login/code", Map.of("code", wrong));
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.errorSummary()).contains("code is not right");

        Page empty = web.post("/login/code", Map.of("code", ""));
        assertThat(empty.status()).isEqualTo(401);
        assertThat(empty.errorSummary()).contains("Enter the 6-digit code");
    }

    @Test
    void aCodeCannotBeReplayed() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        String code = user.code(0);
        WebSession first = new WebSession(port);
        first.signIn(user.username(), user.password());
        assertThat(first.post("/login/code", Map.of("code", code)).status()).isEqualTo(303);

        WebSession second = new WebSession(port);
        second.signIn(user.username(), user.password());
        assertThat(second.post("/login/code", Map.of("code", code)).status()).isEqualTo(401);
    }

    @Test
    void newUserEnrolsWithQrCodeAndGetsRecoveryCodesThatWorkOnce() {
        var user = fixtures.newUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);

        Page enrol = web.signIn(user.username(), user.password());
        assertThat(enrol.html().title()).startsWith("Set up your authenticator app");
        assertThat(enrol.html().select(".hearth-qr svg path")).hasSize(1);
        String secret = enrol.html().selectFirst("#secret").text().replace(" ", "");

        Page wrong = web.post("/login/enrol", Map.of("code", "12345"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorSummary()).contains("code is not right");

        Page done = web.post("/login/enrol", Map.of("code", Fixtures.totp(secret, java.time.Instant.now())));
        assertThat(done.status()).isEqualTo(303);
        Page codes = web.open(done.location());
        String stored = jdbc.sql("SELECT totp_secret FROM staff_user WHERE id = ?").param(user.user().id().value())
                .query(String.class).single();
        assertThat(stored).as("the secret is encrypted at rest").startsWith("v1:").doesNotContain(secret);
        List<String> recovery = codes.html().select("#recovery-codes li").eachText();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(web.get("/").status()).isEqualTo(200);
        assertThat(web.get("/login/recovery-codes").status()).as("codes are shown once").isEqualTo(302);

        WebSession later = new WebSession(port);
        later.signIn(user.username(), user.password());
        assertThat(later.post("/login/code", Map.of("code", recovery.get(3))).status()).isEqualTo(303);
        assertThat(later.get("/").status()).isEqualTo(200);

        WebSession again = new WebSession(port);
        again.signIn(user.username(), user.password());
        Page reused = again.post("/login/code", Map.of("code", recovery.get(3)));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.errorSummary()).contains("recovery code is not right or has been used");
    }

    @Test
    void fiveWrongPasswordsMakeThisAddressWaitEvenWithTheRightPassword() {
        var user = fixtures.enrolledUser(Role.SYSTEM_ADMIN);
        WebSession web = new WebSession(port);
        web.open("/login");
        for (int i = 0; i < 4; i++) {
            assertThat(web.post("/login", Map.of("username", user.username(), "password", "wrong " + i)).status())
                    .isEqualTo(401);
        }
        Page fifth = web.post("/login", Map.of("username", user.username(), "password", "wrong again"));
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.errorSummary()).contains("too many failed sign-in attempts").contains("Wait 1 minute");

        Page right = web.post("/login", Map.of("username", user.username(), "password", user.password()));
        assertThat(right.status()).as("the right password does not get past the wait").isEqualTo(429);
        assertThat(web.get("/").status()).isEqualTo(302);
        assertThat(audit(null, "ACCOUNT_LOCKED", user.username())).isEqualTo(1);
    }

    @Test
    void delaysApplyToUnknownUsernamesToo() {
        WebSession web = new WebSession(port);
        web.open("/login");
        Page last = null;
        for (int i = 0; i < 5; i++) {
            last = web.post("/login", Map.of("username", "ghost-user", "password", "guess " + i));
        }
        assertThat(last.status()).isEqualTo(429);
    }

    /** A password typed into the username box must not stand on the audit page: only accounts' usernames are named. */
    @Test
    void whatWasTypedIsNamedOnTheTrailOnlyWhenItIsAnAccountsUsername() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        String typed = "Secret-" + java.util.UUID.randomUUID();
        WebSession web = new WebSession(port);
        web.open("/login");
        assertThat(web.post("/login", Map.of("username", typed, "password", "x")).status()).isEqualTo(401);
        assertThat(web.post("/login", Map.of("username", user.username(), "password", "wrong")).status())
                .isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_name ILIKE ? OR reason ILIKE ?")
                .params("%" + typed + "%", "%" + typed + "%").query(Integer.class).single())
                .as("what was typed is nowhere on the trail").isZero();
        assertThat(audit(null, "LOGIN_FAILED", user.username())).as("an account's username is named").isEqualTo(1);
    }

    @Test
    void demoAccountsSignInWithPasswordOnly() {
        var fresh = fixtures.newUser(Role.ANALYST);
        jdbc.sql("UPDATE staff_user SET demo = true WHERE id = ?").param(fresh.user().id().value()).update();
        WebSession web = new WebSession(port);
        Page home = web.signIn(fresh.username(), fresh.password());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().title()).startsWith("Home");
    }

    @Test
    void signOutEndsTheSession() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        Page home = web.signIn(user);
        Page out = web.post("/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(web.open(out.location()).html().text()).contains("You have signed out");
        assertThat(web.get("/").status()).isEqualTo(302);
        assertThat(home.status()).isEqualTo(200);
    }

    private int audit(String recordId, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND ? = ANY(record_ids)")
                .params(action, recordId).query(Integer.class).single();
    }

    private int audit(String recordId, String action, String actorName) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND actor_name = ?")
                .params(action, actorName).query(Integer.class).single();
    }
}
