package org.hearth.people.matching.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.PersonIndex;
import org.hearth.people.matching.internal.ReferencePopulation;

/**
 * The heap the person index holds a record, trained on a sample: {@code N} synthetic records (the reference
 * population's generator, no real data) indexed with a model trained on {@code SAMPLE} of them; the heap after a full
 * collection before and after, and the build's wall and CPU time. Then waits {@code WAIT} seconds so that a heap
 * histogram can be taken ({@code jcmd PID GC.class_histogram}). Usage: {@code IndexHeapBench N [SAMPLE] [WAIT]}.
 */
public final class IndexHeapBench {

    private IndexHeapBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0].replace("_", ""));
        int sample = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 250_000;
        int wait = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<MatchRecord> records = ReferencePopulation.generate(new SplittableRandom(5), n, "r",
                new java.util.ArrayList<>());
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        long c0 = cpu();
        PersonIndex index = MatchEngine.withDefaults().index(records, sample);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpu() - c0) / 1e9;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "records %,d, sample %,d: built in %.1f s (%.1f CPU s); heap after a full "
                + "collection %,d MB with the records, %,d MB with the index: the index %,d bytes a record beyond the "
                + "records themselves, %,d with them; pid %s; load %s%n", index.size(), sample, seconds, cpu,
                before >> 20, after >> 20, (after - before) / n, after / n, ProcessHandle.current().pid(),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        Thread.sleep(wait * 1000L);
        System.out.println(index.size() > 0 ? "done" : "empty");
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
