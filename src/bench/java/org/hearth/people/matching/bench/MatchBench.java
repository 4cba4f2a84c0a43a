package org.hearth.people.matching.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hearth.people.matching.MatchEngine;
import org.hearth.people.matching.MatchRecord;
import org.hearth.people.matching.MatchResult;
import org.hearth.people.matching.MatchedPair;

/**
 * {@code bench/match}: link, dedupe, synthetic and online benchmarks. Each prints its figures, then as its
 * last line one JSON object. Prints counts and figures only, never record contents.
 */
public final class MatchBench {

    /** Print the comparison levels (never values) of wrong and missed pairs: for looking into errors. */
    static boolean diagnose;
    /** Train the model on at most this many records, chosen at random, and score every pair with it. */
    static int sample = Integer.MAX_VALUE;

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean withIdentifier = true;
        boolean duke = true;
        boolean verbose = false;
        Path write = null;
        for (int k = 0; k < rest.size(); k++) {
            if (rest.get(k).equals("--without")) {
                if (k + 1 < rest.size() && rest.get(k + 1).equals("soc_sec_id")) {
                    withIdentifier = false;
                    rest.remove(k + 1);
                    rest.remove(k);
                    k--;
                } else {
                    usage();
                }
            } else if (rest.get(k).equals("--no-duke")) {
                duke = false;
                rest.remove(k--);
            } else if (rest.get(k).equals("--write") && k + 1 < rest.size()) {
                write = Path.of(rest.get(k + 1));
                rest.remove(k + 1);
                rest.remove(k--);
            } else if (rest.get(k).equals("--diagnose")) {
                diagnose = true;
                rest.remove(k--);
            } else if (rest.get(k).equals("--sample") && k + 1 < rest.size()) {
                sample = Integer.parseInt(rest.get(k + 1).replace("_", ""));
                rest.remove(k + 1);
                rest.remove(k--);
            } else if (rest.get(k).equals("--model")) {
                verbose = true;
                rest.remove(k--);
            }
        }
        if (rest.isEmpty()) {
            usage();
        }
        String mode = rest.get(0);
        switch (mode) {
            case "link" -> {
                if (rest.size() != 3) {
                    usage();
                }
                Dataset left = PersonCsv.read(Path.of(rest.get(1)), withIdentifier);
                Dataset right = PersonCsv.read(Path.of(rest.get(2)), withIdentifier);
                problems(left);
                problems(right);
                runLink(left, right, duke, verbose);
            }
            case "dedupe" -> {
                if (rest.size() != 2) {
                    usage();
                }
                Dataset data = PersonCsv.read(Path.of(rest.get(1)), withIdentifier);
                problems(data);
                runDedupe(data, duke, verbose, "dedupe");
            }
            case "synthetic" -> {
                if (rest.size() < 2 || rest.size() > 3) {
                    usage();
                }
                int n = Integer.parseInt(rest.get(1).replace("_", ""));
                long seed = rest.size() == 3 ? Long.parseLong(rest.get(2)) : 1;
                long t0 = System.nanoTime();
                Dataset data = SyntheticPeople.generate(n, seed);
                System.out.printf("generated %d synthetic records in %.1f s%n", data.records().size(),
                        (System.nanoTime() - t0) / 1e9);
                if (write != null) {
                    PersonCsv.write(write, data);
                    System.out.println("written in the Hearth layout to " + write);
                }
                runDedupe(data, duke, verbose, "synthetic");
            }
            case "messy" -> {
                if (rest.size() < 2 || rest.size() > 3) {
                    usage();
                }
                int n = Integer.parseInt(rest.get(1).replace("_", ""));
                long seed = rest.size() == 3 ? Long.parseLong(rest.get(2)) : 11;
                Dataset data = SyntheticPeople.messy(n, seed);
                if (write != null) {
                    PersonCsv.write(write, data);
                }
                runDedupe(data, duke, verbose, "messy");
            }
            case "online" -> OnlineBench.main(rest.subList(1, rest.size()).toArray(new String[0]));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("""
                usage: bench/match link LEFT.csv RIGHT.csv [--without soc_sec_id] [--no-duke] [--model]
                       bench/match dedupe INPUT.csv [--without soc_sec_id] [--no-duke] [--model]
                       bench/match synthetic N [SEED] [--write FILE.csv] [--no-duke] [--model] [--sample N]
                       bench/match messy N [SEED] [--write FILE.csv] [--no-duke] [--model] [--sample N]
                       bench/match online N [JMH options]""");
        System.exit(2);
    }

    private static void problems(Dataset d) {
        if (!d.problems().isEmpty()) {
            System.out.println(d.problems().size() + " rows not read:");
            d.problems().stream().limit(20).forEach(p -> System.out.println("  " + p));
        }
    }

    private static void runLink(Dataset left, Dataset right, boolean duke, boolean verbose) throws Exception {
        BenchReport.resetPeakHeap();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        MatchResult result = MatchEngine.withDefaults().link(left.records(), right.records());
        double seconds = (System.nanoTime() - t0) / 1e9;
        cpuSeconds = (cpuNanos() - c0) / 1e9;
        double heap = BenchReport.peakHeapMb();
        int n = left.records().size() + right.records().size();
        String[] truth = new String[n];
        byte[] source = new byte[n];
        System.arraycopy(left.truth(), 0, truth, 0, left.truth().length);
        System.arraycopy(right.truth(), 0, truth, left.truth().length, right.truth().length);
        Arrays.fill(source, left.records().size(), n, (byte) 1);
        if (verbose) {
            System.out.print(result.describeModel());
        }
        Evaluation e = Evaluation.of(truth, result.clusterLabels(), source, result);
        BenchReport report = report("link", n, truth, result, e, seconds, heap);
        if (duke) {
            DukeRun d = DukeRun.link(left.records(), right.records(), left.records().get(0).identifier() != null);
            Evaluation de = Evaluation.of(truth, d.labels(n), source, null);
            addDuke(report, d, de, seconds);
        }
        System.out.println(report.json());
    }

    static void runDedupe(Dataset data, boolean duke, boolean verbose, String mode) throws Exception {
        List<MatchRecord> records = data.records();
        BenchReport.resetPeakHeap();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        MatchResult result = MatchEngine.withDefaults().dedupe(records, sample);
        double seconds = (System.nanoTime() - t0) / 1e9;
        cpuSeconds = (cpuNanos() - c0) / 1e9;
        double heap = BenchReport.peakHeapMb();
        if (verbose) {
            System.out.print(result.describeModel());
        }
        Evaluation e = Evaluation.of(data.truth(), result.clusterLabels(), null, result);
        BenchReport report = report(mode, records.size(), data.truth(), result, e, seconds, heap);
        if (duke) {
            result = null;
            DukeRun d = DukeRun.dedupe(records, records.get(0).identifier() != null);
            Evaluation de = Evaluation.of(data.truth(), d.labels(records.size()), null, null);
            addDuke(report, d, de, seconds);
        }
        System.out.println(report.json());
    }

    private static BenchReport report(String mode, int n, String[] truth, MatchResult result, Evaluation e, double seconds,
            double heap) {
        long correctScored = 0;
        for (MatchedPair p : result.pairs()) {
            if (truth[p.left()].equals(truth[p.right()])) {
                correctScored++;
            }
        }
        if (diagnose) {
            java.util.Map<String, Integer> wrong = new java.util.HashMap<>();
            for (MatchedPair p : result.pairs()) {
                if (!truth[p.left()].equals(truth[p.right()])) {
                    StringBuilder b = new StringBuilder();
                    result.explain(p.left(), p.right()).forEach(f -> b.append(f.field().label()).append('=')
                            .append(f.level()).append(String.format("(%.1f) ", f.weight())));
                    wrong.merge(b.toString(), 1, Integer::sum);
                }
            }
            System.out.println("most common level patterns of wrong pairs above threshold:");
            wrong.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(12)
                    .forEach(w -> System.out.println("  " + w.getValue() + "  " + w.getKey()));
        }
        if (diagnose) {
            missed(truth, result);
        }
        System.out.printf("hearth: scored pairs above threshold: %d, of which true %d%n", result.pairs().size(),
                correctScored);
        calibration(truth, result);
        System.out.printf("hearth: %d true pairs, %d predicted, %d correct; %d scored pairs above threshold; "
                + "%d candidate pairs (%d skipped in %d oversized blocks, the largest %d records; block limit %d)%n",
                e.truePairs, e.predictedPairs, e.correctPairs, result.pairs().size(), result.candidatePairs(),
                result.skippedPairs(), result.skippedBlocks(), result.largestSkippedBlock(), result.blockLimit());
        return new BenchReport().put("mode", mode).put("records", n).put("candidate_pairs", result.candidatePairs())
                .put("skipped_blocks", result.skippedBlocks()).put("block_limit", result.blockLimit())
                .put("pair_completeness", e.pairCompleteness()).put("precision", e.precision())
                .put("recall", e.recall()).put("f1", e.f1()).put("bcubed_f1", e.bcubedF1()).put("seconds", seconds)
                .put("peak_heap_mb", heap).put("cpu_seconds", cpuSeconds)
                .put("load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /**
     * CPU seconds of the engine call (every thread of this process, GC and JIT included): steadier than wall
     * time on a shared machine.
     */
    private static double cpuSeconds;

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * True pairs no blocking rule compared, grouped by their comparison levels (levels only, never values):
     * which corruptions the blocking misses.
     */
    static void missed(String[] truth, MatchResult result) {
        java.util.Map<String, List<Integer>> groups = new java.util.HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            groups.computeIfAbsent(truth[i], k -> new ArrayList<>(2)).add(i);
        }
        java.util.Map<String, Integer> missed = new java.util.HashMap<>();
        java.util.Map<String, Integer> perField = new java.util.TreeMap<>();
        long total = 0;
        for (List<Integer> g : groups.values()) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    int i = g.get(x);
                    int j = g.get(y);
                    if (result.compared(i, j)) {
                        continue;
                    }
                    total++;
                    StringBuilder b = new StringBuilder();
                    for (var f : result.explain(i, j)) {
                        if (f.field() == org.hearth.people.matching.MatchField.PRIOR
                                || f.field() == org.hearth.people.matching.MatchField.IDENTIFIER
                                || f.field() == org.hearth.people.matching.MatchField.SEX) {
                            continue;
                        }
                        b.append(f.field().label()).append('=').append(f.level()).append("; ");
                        perField.merge(f.field() + "=" + f.level(), 1, Integer::sum);
                    }
                    missed.merge(b.toString(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("true pairs not compared: %d; most common level patterns:%n", total);
        missed.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(40)
                .forEach(w -> System.out.println("  " + w.getValue() + "  " + w.getKey()));
        System.out.println("levels among them, per field:");
        perField.forEach((k, v) -> System.out.println("  " + v + "  " + k));
    }

    /** Probability ranges of the bands' thresholds (org.hearth.people.MatchBand): pairs, true pairs, precision. */
    static final double[] RANGES = {0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999, 1.0000001};

    /** Precision of the scored pairs by probability range: what calibrates the bands people see. */
    static void calibration(String[] truth, MatchResult result) {
        long[] pairs = new long[RANGES.length - 1];
        long[] correct = new long[RANGES.length - 1];
        for (MatchedPair p : result.pairs()) {
            for (int k = RANGES.length - 2; k >= 0; k--) {
                if (p.probability() >= RANGES[k]) {
                    pairs[k]++;
                    correct[k] += truth[p.left()].equals(truth[p.right()]) ? 1 : 0;
                    break;
                }
            }
        }
        System.out.println("calibration (scored pairs by probability: pairs, true, precision):");
        for (int k = RANGES.length - 2; k >= 0; k--) {
            System.out.printf("  [%s, %s): %d, %d, %.4f%n", RANGES[k], Math.min(1, RANGES[k + 1]), pairs[k], correct[k],
                    pairs[k] == 0 ? Double.NaN : (double) correct[k] / pairs[k]);
        }
    }

    private static void addDuke(BenchReport report, DukeRun d, Evaluation de, double seconds) {
        BenchReport duke = new BenchReport().put("engine", "duke-1.2").put("precision", de.precision())
                .put("recall", de.recall()).put("f1", de.f1()).put("bcubed_f1", de.bcubedF1())
                .put("seconds", d.seconds());
        System.out.println(duke.json());
        report.put("duke_f1", de.f1()).put("duke_bcubed_f1", de.bcubedF1()).put("duke_seconds", d.seconds())
                .put("time_ratio", d.seconds() / seconds);
    }
}
