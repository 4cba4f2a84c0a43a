package org.hearth.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The application's one {@code DataSource}, over four connection pools: staff requests take their connections from
 * the request pool, everything else (the police import, the person index, the duplicate search, the audit appender,
 * the outbox, event listeners, retention, start-up work) from a small background pool. Background work can then
 * hold at most its own pool's connections, however long it runs, and a request always finds one of its own. A
 * thread is a request's while {@link RequestThreads} marks it; transactions and everything else keyed on this data
 * source work as with one pool.
 *
 * <p>A thread that already holds a connection of its pool and asks for a second one (a transaction of its own inside
 * another: the audit entry of a read, written beside the read's read-only transaction) gets it from a nested pool:
 * a request from the nested pool, background work from the background-nested pool. Otherwise ten requests each
 * holding one connection and each waiting for a second would wait for each other until the pool's wait ran out:
 * every one of them answered 503 at once (issue 16's burst at the start of the Gatling run); and four background
 * threads the same, for the background pool's minute. Work on a nested connection never waits for another, so a
 * nested pool cannot be deadlocked. The two nested pools are apart so that background work never takes the
 * connection a request's audit entry needs.
 *
 * <p>A session-level advisory lock held for a job's length ({@link SingleInstance}) is taken on a
 * {@link #lockConnection() connection not counted as held}: the job's own connections are then first connections,
 * and only what it nests goes to the nested pool.
 */
public final class ConnectionPools extends AbstractRoutingDataSource implements Closeable {

    /** How many request-pool connections this thread holds open now (0 or 1 but for a leak or a nested read). */
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);
    /** How many background-pool connections this (background) thread holds open now (counted as {@link #HELD}). */
    private static final ThreadLocal<int[]> BACKGROUND_HELD = ThreadLocal.withInitial(() -> new int[1]);

    private final HikariDataSource requests;
    private final HikariDataSource nested;
    private final HikariDataSource background;
    private final HikariDataSource backgroundNested;

    ConnectionPools(HikariDataSource requests, HikariDataSource nested, HikariDataSource background,
            HikariDataSource backgroundNested) {
        this.requests = requests;
        this.nested = nested;
        this.background = background;
        this.backgroundNested = backgroundNested;
        setTargetDataSources(Map.of(Pool.REQUESTS, requests, Pool.BACKGROUND, background));
        setDefaultTargetDataSource(background);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    enum Pool { REQUESTS, BACKGROUND }

    @Override
    protected Object determineCurrentLookupKey() {
        return RequestThreads.serving() ? Pool.REQUESTS : Pool.BACKGROUND;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!RequestThreads.serving()) {
            if (BACKGROUND_HELD.get()[0] > 0) {
                return backgroundNested.getConnection();
            }
            return counted(background.getConnection(), BACKGROUND_HELD.get());
        }
        if (HELD.get()[0] > 0) {
            return nested.getConnection();
        }
        return counted(requests.getConnection(), HELD.get());
    }

    /**
     * A connection from this thread's pool that does not count as held: for a session-level lock kept while the
     * thread's work takes connections of its own ({@link SingleInstance}), which are then first connections, not
     * nested ones (a job's whole work on a nested pool would hold it for the job's length). At most one such lock
     * per job and instance, so the background pool must be larger than the number of such jobs.
     */
    Connection lockConnection() throws SQLException {
        return RequestThreads.serving() ? requests.getConnection() : background.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** A connection that counts in {@code held} (this thread's count for its pool) until it is closed (once). */
    private static Connection counted(Connection connection, int[] held) {
        held[0]++;
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(ConnectionPools.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !closed[0]) {
                        closed[0] = true;
                        held[0] = Math.max(0, held[0] - 1);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Forgets what the request thread held (called as it leaves a request: a leaked connection is not carried). */
    static void requestEnded() {
        HELD.remove();
    }

    /** The pool staff requests use. */
    public HikariDataSource requestPool() {
        return requests;
    }

    /** The pool a request's second connection comes from, while it holds one of the request pool's. */
    public HikariDataSource nestedPool() {
        return nested;
    }

    /** The pool every other thread uses. */
    public HikariDataSource backgroundPool() {
        return background;
    }

    /** The pool a background thread's second connection comes from, while it holds one of the background pool's. */
    public HikariDataSource backgroundNestedPool() {
        return backgroundNested;
    }

    /** Replaces every connection of the pools as it is returned (the database went away and came back). */
    public void softEvictConnections() {
        for (HikariDataSource pool : new HikariDataSource[] {requests, nested, background, backgroundNested}) {
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** The background and nested pools first: the request pool's close may stop the embedded database. */
    @Override
    public void close() {
        background.close();
        backgroundNested.close();
        nested.close();
        requests.close();
    }
}
