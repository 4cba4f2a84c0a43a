package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many audited write transactions per second several threads manage (each transaction: one row written and
 * one audit entry). Not part of the suite: {@code mvn -B -q test -Dtest=AuditWriteConcurrencyBench -Dhearth.bench=true}.
 */
@HearthIntegrationTest
@EnabledIfSystemProperty(named = "hearth.bench", matches = "true")
class AuditWriteConcurrencyBench {

    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void auditedWriteTransactionsPerSecond() throws Exception {
        run(1, 200);
        for (int threads : new int[] {1, 8}) {
            double perSecond = run(threads, 2000 / threads);
            System.out.printf("BENCH audited write transactions: %d thread(s): %.0f per second%n", threads, perSecond);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private double run(int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        tx.executeWithoutResult(s -> {
                            UUID id = UUID.randomUUID();
                            jdbc.sql("SELECT count(*) FROM audit_event WHERE false").query(Long.class).single();
                            trail.record(AuditAction.UPDATE, "bench", id);
                        });
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return threads * each / seconds;
    }
}
