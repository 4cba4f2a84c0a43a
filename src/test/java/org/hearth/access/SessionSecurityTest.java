package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions live in PostgreSQL; these tests age them there, as the passage of time would. */
@HearthIntegrationTest
class SessionSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.session.FindByIndexNameSessionRepository<?> sessions;

    @Test
    void sessionsAreStoredInPostgres() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user.username())
                .query(Integer.class).single()).isEqualTo(1);
        // the store every user of it gets is the JDBC store read once a request (SessionReadOnceTest holds its rules)
        assertThat(sessions.getClass().getName()).isEqualTo("org.hearth.access.internal.SessionReadOnce$Store");
    }

    @Test
    void idleSessionExpiresAfterFifteenMinutesWithAClearMessage() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        assertThat(web.signIn(user).status()).isEqualTo(200);

        age(user.username(), Duration.ofMinutes(14));
        assertThat(web.get("/").status()).as("14 idle minutes is within the limit").isEqualTo(200);

        age(user.username(), Duration.ofMinutes(16));
        Page expired = web.get("/");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorSummary()).contains("Your session has ended");
        assertThat(web.get("/").status()).as("and stays signed out").isEqualTo(302);
    }

    @Test
    void postingWithAnExpiredSessionIsRefusedClearly() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user);
        age(user.username(), Duration.ofMinutes(20));
        Page page = web.post("/logout", Map.of());
        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.body()).doesNotContain("Exception");
    }

    @Test
    void sessionEndsAtTheAbsoluteLimitHoweverActive() throws IOException {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user);
        long elevenHoursAgo = System.currentTimeMillis() - Duration.ofHours(11).toMillis();
        int updated = jdbc.sql("""
                UPDATE spring_session_attributes SET attribute_bytes = ?
                WHERE attribute_name = 'hearth.signedInAt' AND session_primary_id =
                      (SELECT primary_id FROM spring_session WHERE principal_name = ?)""")
                .params(serialize(elevenHoursAgo), user.username()).update();
        assertThat(updated).isEqualTo(1);

        Page page = web.get("/");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.errorSummary()).contains("Your session has ended");
    }

    @Test
    void formPostWithoutCsrfTokenIsRejectedWithAMessage() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.signIn(user);

        Page page = web.postRaw("/logout", Map.of());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("#denied-message").text()).contains("This form has expired");
        assertThat(web.get("/").status()).as("still signed in: the forged sign-out did nothing").isEqualTo(200);

        Page forged = web.postRaw("/logout", Map.of("_csrf", "forged-token"));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void signInWithoutCsrfTokenIsRejected() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.open("/login");
        Page page = web.postRaw("/login", Map.of("username", user.username(), "password", user.password()));
        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void malformedSignInPostsGetA4xxNeverA500() {
        WebSession web = new WebSession(port);
        web.open("/login");
        assertThat(web.post("/login", Map.of()).status()).isEqualTo(401);
        web.open("/login");
        assertThat(web.post("/login", Map.of("username", "x".repeat(100_000), "password", "y")).status())
                .isEqualTo(401);
        web.open("/login");
        assertThat(web.post("/login", Map.of("username", "\u0000\uFFFF<script>", "password", "")).status())
                .isEqualTo(401);

        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        web.signIn(user.username(), user.password());
        assertThat(web.post("/login/code", Map.of("code", "9".repeat(50_000))).status()).isEqualTo(401);
        assertThat(web.post("/login/code", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void sessionIdChangesAtEachSignInStep() {
        var user = fixtures.enrolledUser(Role.PRACTITIONER);
        WebSession web = new WebSession(port);
        web.open("/login");
        String anonymous = web.sessionCookie();
        web.signIn(user.username(), user.password());
        String pending = web.sessionCookie();
        web.post("/login/code", Map.of("code", user.code(0)));
        String full = web.sessionCookie();
        assertThat(pending).isNotEqualTo(anonymous);
        assertThat(full).isNotNull().isNotEqualTo(pending);
    }

    /** Moves the user's session's last access back by {@code idle}, as if they had been away. */
    private void age(String username, Duration idle) {
        long at = System.currentTimeMillis() - idle.toMillis();
        int n = jdbc.sql("""
                UPDATE spring_session SET last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint
                WHERE principal_name = ?""").params(at, at, username).update();
        assertThat(n).isEqualTo(1);
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
