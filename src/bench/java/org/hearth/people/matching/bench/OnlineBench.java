package org.hearth.people.matching.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hearth.people.matching.MatchCandidate;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.MatchResult;
import org.hearth.people.matching.MatchedPair;
import org.hearth.people.matching.PersonIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * {@code bench/match online N}: JMH sample-time benchmark of one probe against N stored synthetic persons.
 * The setup dedupes the N records in batch, builds the online index from that run, and checks on 500 probes
 * that the online matches are exactly the batch pairs of the probe, with equal probabilities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OnlineBench {

    @Param("1000000")
    public int records;

    private PersonIndex index;
    private MatchRecord[] probes;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset data = SyntheticPeople.generate(records, 1);
        long t0 = System.nanoTime();
        MatchResult batch = MatchEngine.withDefaults().dedupe(data.records());
        double batchSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        index = batch.index();
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        SplittableRandom random = new SplittableRandom(2);
        probes = new MatchRecord[4096];
        int[] at = new int[probes.length];
        for (int k = 0; k < probes.length; k++) {
            at[k] = random.nextInt(data.records().size());
            probes[k] = data.records().get(at[k]);
        }
        // online == batch on the first 500 probes
        java.util.Map<Integer, Set<String>> batchPairs = new java.util.HashMap<>();
        Set<Integer> wanted = new HashSet<>();
        for (int k = 0; k < 500; k++) {
            wanted.add(at[k]);
        }
        for (MatchedPair p : batch.pairs()) {
            if (wanted.contains(p.left())) {
                batchPairs.computeIfAbsent(p.left(), x -> new HashSet<>()).add(p.rightId());
            }
            if (wanted.contains(p.right())) {
                batchPairs.computeIfAbsent(p.right(), x -> new HashSet<>()).add(p.leftId());
            }
        }
        int checked = 0;
        for (int k = 0; k < 500; k++) {
            Set<String> online = new HashSet<>();
            for (MatchCandidate c : index.matches(probes[k], 10_000)) {
                online.add(c.record().id());
            }
            Set<String> expected = batchPairs.getOrDefault(at[k], Set.of());
            if (!online.equals(expected)) {
                throw new IllegalStateException("online matches differ from batch for probe " + k);
            }
            checked++;
        }
        System.out.printf("%nsetup: %d records, batch dedupe %.1f s, index %.1f s, online == batch on %d probes%n",
                records, batchSeconds, indexSeconds, checked);
    }

    @Benchmark
    public List<MatchCandidate> probe() {
        MatchRecord p = probes[next++ & (probes.length - 1)];
        return index.candidates(p, 10);
    }

    static void main(String[] args) throws Exception {
        String n = args.length > 0 ? args[0].replace("_", "") : "1000000";
        ChainedOptionsBuilder options = new OptionsBuilder().include(OnlineBench.class.getName() + ".probe")
                .param("records", n).forks(1).jvmArgs("-Xmx4g", "-XX:+UseParallelGC")
                .warmupIterations(3).warmupTime(TimeValue.seconds(5))
                .measurementIterations(5).measurementTime(TimeValue.seconds(5)).threads(1);
        RunResult result = new Runner(options.build()).runSingle();
        Statistics s = result.getPrimaryResult().getStatistics();
        System.out.println(new BenchReport().put("mode", "online").put("records", Integer.parseInt(n))
                .put("samples", s.getN()).put("mean_ms", s.getMean()).put("p50_ms", s.getPercentile(50))
                .put("p99_ms", s.getPercentile(99)).put("p999_ms", s.getPercentile(99.9))
                .put("max_ms", s.getMax()).put("online_equals_batch_probes", 500).json());
    }
}
