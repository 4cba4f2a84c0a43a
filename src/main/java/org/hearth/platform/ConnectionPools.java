package org.hearth.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.util.Map;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The application's one {@code DataSource}, over two connection pools: staff requests take their connections from
 * the request pool, everything else (the police import, the person index, the duplicate search, the audit appender,
 * the outbox, event listeners, retention, start-up work) from a small background pool. Background work can then
 * hold at most its own pool's connections, however long it runs, and a request always finds one of its own. A
 * thread is a request's while {@link RequestThreads} marks it; transactions, advisory locks and everything else
 * keyed on this data source work as with one pool (a thread's connections all come from the same pool).
 */
public final class ConnectionPools extends AbstractRoutingDataSource implements Closeable {

    private final HikariDataSource requests;
    private final HikariDataSource background;

    ConnectionPools(HikariDataSource requests, HikariDataSource background) {
        this.requests = requests;
        this.background = background;
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

    /** The pool staff requests use. */
    public HikariDataSource requestPool() {
        return requests;
    }

    /** The pool every other thread uses. */
    public HikariDataSource backgroundPool() {
        return background;
    }

    /** Replaces every connection of both pools as it is returned (the database went away and came back). */
    public void softEvictConnections() {
        for (HikariDataSource pool : new HikariDataSource[] {requests, background}) {
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** The background pool first: the request pool's close may stop the embedded database. */
    @Override
    public void close() {
        background.close();
        requests.close();
    }
}
