package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which pool each connection comes from ({@link ConnectionPools}), over four stand-in pools whose connections say
 * which pool gave them: a thread's first connection from its own pool, its second (while it holds the first) from
 * its nested pool, and a job's lock connection ({@link SingleInstance}) not counted as held.
 */
class ConnectionPoolsRoutingTest {

    private final Map<Connection, String> from = new IdentityHashMap<>();
    private ConnectionPools pools;

    @BeforeEach
    void pools() throws SQLException {
        pools = new ConnectionPools(pool("requests"), pool("nested"), pool("background"),
                pool("background-nested"));
    }

    @Test
    void aBackgroundThreadTakesItsSecondConnectionFromTheBackgroundNestedPool() throws SQLException {
        Connection first = pools.getConnection();
        Connection second = pools.getConnection();
        assertThat(poolOf(first)).isEqualTo("background");
        assertThat(poolOf(second)).isEqualTo("background-nested");
        second.close();
        first.close();

        Connection again = pools.getConnection();
        assertThat(poolOf(again)).as("nothing held any more: a first connection again").isEqualTo("background");
        again.close();
    }

    @Test
    void aConnectionClosedTwiceIsForgottenOnce() throws SQLException {
        Connection before = pools.getConnection();
        before.close();
        try (Connection held = pools.getConnection()) {
            before.close();
            try (Connection c = pools.getConnection()) {
                assertThat(poolOf(held)).isEqualTo("background");
                assertThat(poolOf(c)).as("another connection is still held").isEqualTo("background-nested");
            }
        }
    }

    @Test
    void aRequestStillTakesItsConnectionsFromTheRequestAndNestedPools() {
        List<String> got = new ArrayList<>();
        asRequest(() -> {
            try (Connection first = pools.getConnection(); Connection second = pools.getConnection()) {
                got.add(poolOf(first));
                got.add(poolOf(second));
            }
        });
        assertThat(got).containsExactly("requests", "nested");
    }

    @Test
    void aBackgroundConnectionHeldDoesNotMakeARequestNest() throws SQLException {
        try (Connection background = pools.getConnection()) {
            List<String> got = new ArrayList<>();
            asRequest(() -> {
                try (Connection c = pools.getConnection()) {
                    got.add(poolOf(c));
                }
            });
            assertThat(got).containsExactly("requests");
            assertThat(poolOf(background)).isEqualTo("background");
        }
    }

    @Test
    void aJobUnderItsLockTakesItsFirstConnectionFromTheBackgroundPool() {
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        boolean ran = new SingleInstance(pools).runExclusively("routing-test", () -> {
            try (Connection c = pools.getConnection(); Connection nested = pools.getConnection()) {
                first.set(poolOf(c));
                second.set(poolOf(nested));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(ran).isTrue();
        assertThat(first).as("the lock's connection is not one the job holds").hasValue("background");
        assertThat(second).hasValue("background-nested");
    }

    /** The pool a connection came from, through the counting wrapper a first connection gets. */
    private String poolOf(Connection c) {
        try {
            return from.get(c.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stand-in pool whose every connection is new, unwraps to itself and grants any advisory lock. */
    private HikariDataSource pool(String name) throws SQLException {
        HikariDataSource pool = mock(HikariDataSource.class);
        when(pool.getConnection()).thenAnswer(invocation -> {
            Connection c = mock(Connection.class);
            when(c.unwrap(Connection.class)).thenReturn(c);
            PreparedStatement lock = mock(PreparedStatement.class);
            ResultSet taken = mock(ResultSet.class);
            when(c.prepareStatement(anyString())).thenReturn(lock);
            when(lock.executeQuery()).thenReturn(taken);
            when(taken.next()).thenReturn(true);
            when(taken.getBoolean(anyInt())).thenReturn(true);
            from.put(c, name);
            return c;
        });
        return pool;
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} as a thread serving a request does, inside {@link RequestThreads}. */
    private static void asRequest(Work work) {
        try {
            new RequestThreads().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                    (request, response) -> {
                        try {
                            work.run();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
