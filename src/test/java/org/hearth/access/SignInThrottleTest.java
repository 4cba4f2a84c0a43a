package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.support.Fixtures;
import org.hearth.support.Fixtures.TestUser;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in throttling (issue 10, points 8 and 9): growing delays per (client address, username), a higher ceiling
 * per address, second-factor failures counted apart. Each test plays clients at its own random addresses.
 */
@HearthIntegrationTest
class SignInThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    /** A random address in 10.0.0.0/8, so tests never share a counter. */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    @Test
    void wrongCodesAreNotForgivenByARightPassword() {
        TestUser user = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        String wrong = user.code(0).equals("000000") ? "111111" : "000000";
        String here = address();
        WebSession first = new WebSession(port, here);
        first.signIn(user.username(), user.password());
        for (int i = 0; i < 4; i++) {
            assertThat(first.post("/login/code", Map.of("code", wrong)).status()).isEqualTo(401);
        }

        // a right password again does not give four more guesses
        WebSession second = new WebSession(port, here);
        assertThat(second.signIn(user.username(), user.password()).html().title()).startsWith("Enter your security code");
        Page fifth = second.post("/login/code", Map.of("code", wrong));
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.errorSummary()).contains("too many failed sign-in attempts");
        assertThat(second.get("/").status()).as("the half-signed-in session has ended").isEqualTo(302);

        WebSession third = new WebSession(port, here);
        third.signIn(user.username(), user.password());
        assertThat(third.post("/login/code", Map.of("code", user.code(0))).status())
                .as("even the right code waits").isEqualTo(429);
        assertThat(third.get("/").status()).isEqualTo(302);
    }

    @Test
    void anAttackerElsewhereCannotLockTheRealUserOut() {
        TestUser coordinator = fixtures.enrolledUser(Role.HUB_COORDINATOR);
        WebSession attacker = new WebSession(port, address());
        attacker.open("/login");
        Page last = null;
        for (int i = 0; i < 5; i++) {
            last = attacker.post("/login", Map.of("username", coordinator.username(), "password", "guess " + i));
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        assertThat(attacker.post("/login", Map.of("username", coordinator.username(), "password",
                coordinator.password())).status()).as("the attacker's address must wait, right password or not")
                .isEqualTo(429);

        WebSession office = new WebSession(port, address());
        assertThat(office.signIn(coordinator).status()).as("the coordinator signs in from the office").isEqualTo(200);
    }

    @Test
    void delaysGrowWithEachFurtherFailure() {
        String username = "nobody" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String here = address();
        WebSession attacker = new WebSession(port, here);
        attacker.open("/login");
        for (int i = 0; i < 5; i++) {
            attacker.post("/login", Map.of("username", username, "password", "guess " + i));
        }
        long first = blockedSeconds("pair:" + here + "|" + username);
        // as if the wait had passed
        jdbc.sql("UPDATE sign_in_throttle SET blocked_until = now() WHERE throttle_key = ?")
                .param("pair:" + here + "|" + username).update();
        assertThat(attacker.post("/login", Map.of("username", username, "password", "again")).status()).isEqualTo(429);
        long second = blockedSeconds("pair:" + here + "|" + username);
        assertThat(first).isBetween(50L, 60L);
        assertThat(second).isBetween(110L, 120L);
    }

    /**
     * One guess each at many usernames from one address meets the address's ceiling of 100 failures. The first
     * guesses are real sign-ins (each checked with bcrypt, as every sign-in is); the counter they made is then set
     * as if 96 more usernames had been tried (a hundred bcrypt checks would take seconds of a core for nothing the
     * throttle does not show with these), and the 100th and 101st guesses are real again.
     */
    @Test
    void sprayingManyUsernamesFromOneAddressMeetsTheAddressCeiling() {
        String here = address();
        WebSession sprayer = new WebSession(port, here);
        sprayer.open("/login");
        for (int i = 1; i <= 3; i++) {
            assertThat(sprayer.post("/login", Map.of("username", "staff" + i, "password", "Summer2026!")).status())
                    .isEqualTo(401);
        }
        assertThat(failures("addr:" + here)).as("one failure per username, counted for the address").isEqualTo(3);
        jdbc.sql("UPDATE sign_in_throttle SET failures = 99 WHERE throttle_key = ?").param("addr:" + here).update();

        assertThat(sprayer.post("/login", Map.of("username", "staff100", "password", "Summer2026!")).status())
                .as("the 100th failure is still answered").isEqualTo(401);
        Page refused = sprayer.post("/login", Map.of("username", "staff101", "password", "Summer2026!"));
        assertThat(refused.status()).as("the 101st meets the ceiling").isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();

        // another officer at the same police station still signs in after a handful of colleagues' typos
        TestUser officer = fixtures.enrolledUserAt("Testshire Police", Role.AGENCY_REPRESENTATIVE);
        String station = address();
        for (int i = 0; i < 10; i++) {
            WebSession colleague = new WebSession(port, station);
            colleague.open("/login");
            colleague.post("/login", Map.of("username", "officer" + i, "password", "typo"));
        }
        assertThat(new WebSession(port, station).signIn(officer).status()).isEqualTo(200);
    }

    @Test
    void unknownDisabledAndWrongGetTheSameAnswer() {
        TestUser disabled = fixtures.enrolledUser(Role.PRACTITIONER);
        jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(disabled.user().id().value()).update();
        TestUser active = fixtures.enrolledUser(Role.PRACTITIONER);
        String[][] tries = {{disabled.username(), disabled.password()}, {disabled.username(), "wrong password"},
                {active.username(), "wrong password"}, {"no-such-user-" + UUID.randomUUID(), "wrong password"}};
        for (String[] t : tries) {
            WebSession web = new WebSession(port, address());
            web.open("/login");
            Page page = web.post("/login", Map.of("username", t[0], "password", t[1]));
            assertThat(page.status()).isEqualTo(401);
            assertThat(page.errorSummary()).isEqualTo("There is a problem The username or password is not right. "
                    + "Check them and try again.");
        }
    }

    private int failures(String key) {
        return jdbc.sql("SELECT failures FROM sign_in_throttle WHERE throttle_key = ?").param(key).query(Integer.class)
                .single();
    }

    private long blockedSeconds(String key) {
        return jdbc.sql("SELECT extract(epoch FROM blocked_until - now())::bigint FROM sign_in_throttle WHERE throttle_key = ?")
                .param(key).query(Long.class).single();
    }
}
