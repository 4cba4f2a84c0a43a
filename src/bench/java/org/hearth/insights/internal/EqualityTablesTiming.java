package org.hearth.insights.internal;

import java.lang.management.ManagementFactory;
import org.hearth.insights.Dimension;

/**
 * The equality tables of a 1,000,000-referral fixture ({@code EqualityTablesTest.work}), worked out fact by fact (the code
 * before 7 Dec 2026, {@code PerFactEqualityTables}) and once per distinct value ({@link EqualityTables}), four rounds,
 * each timed in thread CPU (BENCHMARKS.md, branch scale23). Run with the bench classpath (bench/lib/classpath.sh):
 * {@code java -Xmx3g -cp "$BENCH_CP" org.hearth.insights.internal.EqualityTablesTiming}.
 */
public final class EqualityTablesTiming {

    private EqualityTablesTiming() {
    }

    public static void main(String[] args) {
        IndicatorWork w = EqualityTablesTest.work(7, 1_000_000, false);
        w.victims();
        w.repeatVictims();
        var bean = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            long t0 = bean.getCurrentThreadCpuTime();
            PerFactEqualityTables before = new PerFactEqualityTables(w);
            for (Dimension d : Dimension.values()) {
                before.split(d);
                before.outcomesBy(d);
            }
            long t1 = bean.getCurrentThreadCpuTime();
            EqualityTables now = new EqualityTables(w);
            for (Dimension d : Dimension.values()) {
                now.split(d);
                now.outcomesBy(d);
            }
            long t2 = bean.getCurrentThreadCpuTime();
            System.out.printf("TIMING round %d: per fact %.0f ms CPU, once per value %.0f ms CPU%n", round,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
