package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read is audited in a transaction of its own beside the read's read-only one, so a request holds two connections
 * for a moment. When as many requests as the request pool has connections each hold their first at once, their
 * second must still come ({@link ConnectionPools}' nested pool): from the request pool, every one of them would wait
 * for the others until the pool's wait ran out, and every one would be answered 503 (issue 16's burst).
 */
@HearthIntegrationTest
class NestedConnectionsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditTrail audit;

    @Test
    void requestsHoldingEveryRequestConnectionStillWriteTheAuditOfTheirReads() throws Exception {
        HikariDataSource requests = ((ConnectionPools) dataSource).requestPool();
        int size = requests.getMaximumPoolSize();
        long timeout = requests.getConnectionTimeout();
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // the first connections may take a while to open on a loaded machine; once every one is held, a request
        // waits for its second no longer than a short wait
        CyclicBarrier everyConnectionHeld = new CyclicBarrier(size, () -> requests.setConnectionTimeout(2_000));
        AtomicInteger audited = new AtomicInteger();
        ExecutorService staff = Executors.newFixedThreadPool(size);
        requests.setConnectionTimeout(60_000);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                done.add(staff.submit(() -> {
                    asRequest(() -> read.executeWithoutResult(status -> {
                        jdbc.queryForObject("SELECT 1", Integer.class); // the read's connection, held to its end
                        await(everyConnectionHeld);
                        audit.recordFor("nested-connections-test", null, AuditAction.SEARCH, "person", List.of(),
                                "the audit entry of a read");
                        audited.incrementAndGet();
                    }));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS); // a request that found no connection fails here
            }
        } finally {
            requests.setConnectionTimeout(timeout);
            staff.shutdownNow();
        }
        assertThat(audited).hasValue(size);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor_name = 'nested-connections-test'",
                Long.class)).isGreaterThanOrEqualTo(size);
    }

    /** Runs {@code work} as a thread serving a request does, inside {@link RequestThreads}. */
    private static void asRequest(Runnable work) {
        try {
            new RequestThreads().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                    (request, response) -> work.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("not every request held its connection at once", e);
        }
    }
}
