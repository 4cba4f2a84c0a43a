package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Background work and staff requests draw on separate pools ({@link ConnectionPools}): background work that holds
 * every connection it may have waits for more rather than taking a request's, so a member of staff still gets a page
 * at once. And a request that finds no connection at all gets the "try again" page with one short warning.
 */
@HearthIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConnectionPoolsTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    @Test
    void backgroundWorkHoldingItsWholeAllowanceLeavesRequestsTheirConnections() throws Exception {
        ConnectionPools pools = (ConnectionPools) dataSource;
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        int allowance = pools.backgroundPool().getMaximumPoolSize();
        assertThat(allowance).isLessThan(pools.requestPool().getMaximumPoolSize());

        List<Connection> held = new ArrayList<>();
        CompletableFuture<Connection> oneMore = null;
        try {
            // every background connection held (from the pool itself: one thread asking the data source for a
            // second would be given a nested one), and then background work, as the import's worker or the index
            // build is, on a thread that holds none and serves no request
            for (int i = 0; i < allowance; i++) {
                held.add(pools.backgroundPool().getConnection());
            }
            oneMore = CompletableFuture.supplyAsync(() -> connection(dataSource));
            Thread.sleep(500);
            assertThat(oneMore).as("background work gets no more than its allowance").isNotDone();

            long start = System.nanoTime();
            assertThat(web.open("/").status()).isEqualTo(200);
            assertThat(web.get("/referrals").status()).isEqualTo(200);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(millis).as("no wait for a connection").isLessThan(pools.requestPool().getConnectionTimeout());

            held.remove(0).close();
            held.add(oneMore.get(30, TimeUnit.SECONDS));
        } finally {
            for (Connection c : held) {
                c.close();
            }
            if (oneMore != null) {
                oneMore.thenAccept(ConnectionPoolsTest::close);
            }
        }
    }

    @Test
    void aRequestWithNoConnectionLeftIsAskedToTryAgainWithOneShortWarning(CapturedOutput output) throws Exception {
        ConnectionPools pools = (ConnectionPools) dataSource;
        HikariDataSource requests = pools.requestPool();
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        long timeout = requests.getConnectionTimeout();
        List<Connection> held = new ArrayList<>();
        try {
            requests.setConnectionTimeout(500);
            for (int i = 0; i < requests.getMaximumPoolSize(); i++) {
                held.add(requests.getConnection());
            }
            int before = output.getAll().length();

            WebSession.Page page = web.get("/referrals");

            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("30");
            assertThat(page.html().select("h1").text()).isEqualTo("Sorry, Hearth is not available just now");
            String logged = output.getAll().substring(before);
            assertThat(logged).containsOnlyOnce("Database unavailable: GET /referrals answered 503");
            assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Exception:");
        } finally {
            for (Connection c : held) {
                c.close();
            }
            requests.setConnectionTimeout(timeout);
        }
        assertThat(web.get("/referrals").status()).as("the same session once connections are back").isEqualTo(200);
    }

    private static Connection connection(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
