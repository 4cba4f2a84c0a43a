package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
 * for the others until the pool's wait ran out, and every one would be answered 503 (issue 16's burst). Background
 * work nests the same way: as many background threads as the background pool has connections, each holding its
 * first, still get their second (the background-nested pool), where from the background pool they would wait for
 * each other for the pool's minute and every job would fail its round.
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
                        await(everyConnectionHeld, "not every request held its connection at once");
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

    @Test
    void backgroundThreadsHoldingEveryBackgroundConnectionStillWriteTheAuditOfTheirReads() throws Exception {
        int size = ((ConnectionPools) dataSource).backgroundPool().getMaximumPoolSize();
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // the application's own background work may hold a connection for a while before every one is ours
        CountDownLatch allHeld = new CountDownLatch(1);
        CyclicBarrier everyConnectionHeld = new CyclicBarrier(size, allHeld::countDown);
        AtomicInteger audited = new AtomicInteger();
        // threads no request marks: background work, as the import's worker or a listener is
        ExecutorService jobs = Executors.newFixedThreadPool(size);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                done.add(jobs.submit(() -> {
                    read.executeWithoutResult(status -> {
                        jdbc.queryForObject("SELECT 1", Integer.class); // the read's connection, held to its end
                        await(everyConnectionHeld, "not every background thread held its connection at once");
                        audit.recordFor("background-nested-connections-test", null, AuditAction.SEARCH, "person",
                                List.of(), "the audit entry of a background read");
                        audited.incrementAndGet();
                    });
                    return null;
                }));
            }
            assertThat(allHeld.await(120, TimeUnit.SECONDS)).as("every background connection held at once").isTrue();
            // once every one is held, the audit entries take moments; from the background pool they would wait
            // for each other for the pool's whole wait (a minute): this test would fail at 30 s
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (Future<?> f : done) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            jobs.shutdownNow();
        }
        assertThat(audited).hasValue(size);
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM audit_event WHERE actor_name = 'background-nested-connections-test'",
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

    private static void await(CyclicBarrier barrier, String otherwise) {
        try {
            barrier.await(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(otherwise, e);
        }
    }
}
