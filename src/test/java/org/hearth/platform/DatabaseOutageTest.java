package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.hearth.access.Role;
import org.hearth.platform.web.DatabaseUnavailable;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The database goes away while people work (here: it turns the application's role away and drops its
 * connections, as a stopped or restarting server does): pages answer 503 with a "try again" page, the API a 503
 * problem detail, both with {@code Retry-After}, never a stack trace; when it is back, the same session works
 * again without a restart.
 */
@HearthIntegrationTest
class DatabaseOutageTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Autowired
    javax.sql.DataSource dataSource;

    /** The role let back in, and the pool's connections (dropped by the outage) replaced before the next test. */
    @AfterEach
    void databaseBack() {
        TestSuperuser.jdbc().execute("ALTER ROLE hearth_app LOGIN");
        ((ConnectionPools) dataSource).softEvictConnections();
    }

    @Test
    void requestsAreAskedToTryAgainAndWorkOnceTheDatabaseIsBack() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        assertThat(web.open("/").status()).isEqualTo(200);
        assertThat(api().status()).as("a bad token, database up").isEqualTo(401);

        TestSuperuser.jdbc().execute("ALTER ROLE hearth_app NOLOGIN");
        TestSuperuser.jdbc().queryForList(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'hearth_app'");

        Page page = web.get("/");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("30");
        assertThat(page.html().title()).isEqualTo("Sorry, Hearth is not available just now - Hearth");
        assertThat(page.html().select("h1").text()).isEqualTo("Sorry, Hearth is not available just now");
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");

        Page problem = api();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.header("Retry-After")).isEqualTo("30");
        assertThat(problem.body()).contains("\"status\":503").contains("try again");

        TestSuperuser.jdbc().execute("ALTER ROLE hearth_app LOGIN");
        assertThat(web.open("/").status()).as("the same session, no restart").isEqualTo(200);
        assertThat(api().status()).isEqualTo(401);
    }

    /** Only the database being out of reach is "try again": a fault in Hearth stays a 500 with its reference. */
    @Test
    void onlyAnUnreachableDatabaseIsTryAgain() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new org.springframework.dao.DataIntegrityViolationException("dup",
                new java.sql.SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new java.sql.SQLException("gone", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new org.springframework.transaction.TransactionSystemException(
                "rollback failed"))).isFalse();
    }

    private Page api() {
        WebSession client = new WebSession(port);
        return client.send(HttpRequest.newBuilder(client.uri("/api/people?query=x"))
                .header("Authorization", "Bearer hearth_not-a-real-token").header("Accept", "application/json").GET());
    }
}
