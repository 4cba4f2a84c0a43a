package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.PersonRecord;

/**
 * Batch linkage: prepare, block, compare, estimate (u by random pairs, m by EM per blocking rule, prior),
 * score and cluster. Link mode compares only records from different sources.
 */
public final class Linkage {

    /**
     * Settings; see {@link org.hearth.people.matching.MatchEngine}. {@code maxBlockSize}: no block larger than this
     * is compared under any rule. {@code maxBlockPairs}: the pairs of all the blocks compared (summed over the
     * rules, before a pair met under an earlier rule is dropped) are kept at or under this many by leaving out the
     * largest blocks first (0: {@link #PAIRS_PER_RECORD} a record, at least {@link #MIN_PAIR_BUDGET}).
     */
    public record Settings(double threshold, double strongLink, int uSamplePairs, int maxBlockSize, long seed,
            long maxBlockPairs) {

        public Settings(double threshold, double strongLink, int uSamplePairs, int maxBlockSize, long seed) {
            this(threshold, strongLink, uSamplePairs, maxBlockSize, seed, 0);
        }

        /** The pair budget for {@code records} records. */
        long pairBudget(int records) {
            return maxBlockPairs > 0 ? maxBlockPairs : Math.max(MIN_PAIR_BUDGET, PAIRS_PER_RECORD * records);
        }
    }

    /**
     * The default budget of block pairs a record (12 bytes each while compared, 24 while a buffer doubles): about
     * 1.2 KB to 2.4 KB a record at worst. Realistic registers stay far under it (synthetic 1M: see BENCHMARKS.md);
     * a register whose names or dates are concentrated (a placeholder date of birth, one surname in a third of a
     * town, a generator with a few dozen names) would otherwise make hundreds of millions of pairs and run out of
     * memory.
     */
    public static final long PAIRS_PER_RECORD = 100;
    /** The budget is never smaller than this (small sets: every block is compared). */
    public static final long MIN_PAIR_BUDGET = 20_000_000;

    private final Settings settings;
    final Prepared prepared;
    final boolean link;
    final long[][] keys;
    final List<BlockingRule> rules = BlockingRule.DEFAULT;

    Model model;
    long candidatePairs;
    long skippedPairs;
    /** Blocks left out (over a rule's limit, the engine's, or the pair budget), and the largest of them. */
    int skippedBlocks;
    int largestSkippedBlock;
    /** The largest block compared under a rule without its own smaller limit: the engine's limit in this run. */
    int blockLimit;
    /** Pairs in the blocks compared, summed over the rules (at most the budget). */
    long blockPairs;
    private SortedKeys[] sortedForQueries;
    long[] pairsPerRule;
    private List<PairBuffer> buffers;

    private final TermFrequencies termFrequencies;

    // outputs: matched pairs (record indices, weight in bits) and a person label per record
    private int[] pairLeft;
    private int[] pairRight;
    private double[] pairWeight;
    private int[] cluster;

    public Linkage(List<PersonRecord> records, byte[] source, Settings settings) {
        this.settings = settings;
        this.link = source != null;
        this.prepared = new Prepared(records, source);
        TermFrequencies tf = TermFrequencies.of(prepared);
        tf.fill(prepared);
        keys = new long[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            long[] k = new long[prepared.size];
            IntStream.range(0, prepared.size).parallel().forEach(i -> k[i] = rule.key(prepared, i));
            keys[r] = k;
        }
        this.termFrequencies = tf;
    }

    public int[] pairLeft() {
        return pairLeft;
    }

    public int[] pairRight() {
        return pairRight;
    }

    public double[] pairWeight() {
        return pairWeight;
    }

    public int[] cluster() {
        return cluster;
    }

    public Linkage run() {
        lap("prepare");
        double[][] u = estimateU();
        lap("u");
        block();
        lap("block+compare");
        double[][] m = estimateM(u);
        double prior = estimatePrior(m, u);
        model = new Model(m, u, prior, settings.threshold(), termFrequencies, 1.0 / Math.max(1, prepared.size));
        lap("em");
        score();
        lap("score");
        cluster = Clustering.cluster(prepared.size, pairLeft, pairRight, pairWeight,
                Model.log2(settings.strongLink() / (1 - settings.strongLink())));
        lap("cluster");
        buffers = null;
        return this;
    }

    private static final boolean TIMINGS = Boolean.getBoolean("hearth.matching.timings");
    private final long started = System.nanoTime();
    private long last = started;

    /** Phase timings to stderr when {@code -Dhearth.matching.timings=true} (durations only). */
    private void lap(String phase) {
        if (TIMINGS) {
            long now = System.nanoTime();
            System.err.printf("  %-14s %6.2f s%n", phase, (now - last) / 1e9);
            last = now;
        }
    }

    public Model model() {
        return model;
    }

    public long candidatePairs() {
        return candidatePairs;
    }

    public long skippedPairs() {
        return skippedPairs;
    }

    public List<PersonRecord> records() {
        return Arrays.asList(prepared.records);
    }

    public int skippedBlocks() {
        return skippedBlocks;
    }

    public int largestSkippedBlock() {
        return largestSkippedBlock;
    }

    /** The engine's block size limit in this run (lowered from the settings' when the pair budget required it). */
    public int blockLimit() {
        return blockLimit;
    }

    /** Whether some blocking rule compared records i and j (they share its key, and its block was not left out). */
    public boolean blocked(int i, int j) {
        if (sortedForQueries == null) {
            SortedKeys[] s = new SortedKeys[keys.length];
            for (int r = 0; r < keys.length; r++) {
                s[r] = new SortedKeys(keys[r]);
            }
            sortedForQueries = s;
        }
        for (int r = 0; r < keys.length; r++) {
            long[] k = keys[r];
            if (k[i] != 0 && k[i] == k[j]) {
                if (blockLimit == 0) {
                    return true; // not run yet
                }
                // the block's size as the run measured it: the range of the key's high bits
                SortedKeys s = sortedForQueries[r];
                int from = s.from(k[i]);
                if (s.to(k[i], from) - from <= rules.get(r).maxBlock(blockLimit)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<FieldEvidence> explain(int i, int j) {
        return model.explain(Comparison.pattern(prepared, i, prepared, j), prepared, i);
    }

    public double weight(int i, int j) {
        return model.weight(Comparison.pattern(prepared, i, prepared, j), prepared, i);
    }

    public OnlineIndex index() {
        return new OnlineIndex(prepared, keys, model, rules, blockLimit, skippedBlocks, skippedPairs);
    }

    // ---- u from random pairs

    private double[][] estimateU() {
        int n = prepared.size;
        long[][] counts = new long[Comparison.COUNT][16];
        int left = 0;
        if (link) {
            for (int i = 0; i < n; i++) {
                if (prepared.source[i] == 0) {
                    left++;
                }
            }
        }
        long all = link ? (long) left * (n - left) : (long) n * (n - 1) / 2;
        int[] order = null;
        if (link) {
            order = new int[n];
            int p = 0;
            for (int i = 0; i < n; i++) {
                if (prepared.source[i] == 0) {
                    order[p++] = i;
                }
            }
            for (int i = 0; i < n; i++) {
                if (prepared.source[i] != 0) {
                    order[p++] = i;
                }
            }
        }
        // enough random pairs to see rare levels, never more than the settings allow
        int samples = (int) Math.min(settings.uSamplePairs(), Math.max(200_000L, 50L * n));
        if (all <= samples) {
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    if (link && prepared.source[x] == prepared.source[y]) {
                        continue;
                    }
                    count(counts, Comparison.pattern(prepared, x, prepared, y));
                }
            }
        } else {
            int threads = 8; // fixed partitions: the sample, and so the model, do not depend on the core count
            final int[] ord = order;
            final int l = left;
            long[][][] parts = new long[threads][][];
            IntStream.range(0, threads).parallel().forEach(t -> {
                long[][] c = new long[Comparison.COUNT][16];
                SplittableRandom random = new SplittableRandom(settings.seed() + t);
                for (int s = t; s < samples; s += threads) {
                    int i;
                    int j;
                    if (link) {
                        i = ord[random.nextInt(l)];
                        j = ord[l + random.nextInt(n - l)];
                    } else {
                        i = random.nextInt(n);
                        j = random.nextInt(n - 1);
                        if (j >= i) {
                            j++;
                        }
                    }
                    count(c, Comparison.pattern(prepared, i, prepared, j));
                }
                parts[t] = c;
            });
            for (long[][] c : parts) {
                for (int k = 0; k < Comparison.COUNT; k++) {
                    for (int v = 0; v < 16; v++) {
                        counts[k][v] += c[k][v];
                    }
                }
            }
        }
        double[][] u = new double[Comparison.COUNT][];
        for (Comparison c : Comparison.ALL) {
            int levels = c.levelCount();
            long total = 0;
            for (int l = 1; l < levels; l++) {
                total += counts[c.ordinal()][l];
            }
            u[c.ordinal()] = new double[levels];
            for (int l = 1; l < levels; l++) {
                // add-half smoothing: a level never seen among random pairs is rare, not impossible
                u[c.ordinal()][l] = (counts[c.ordinal()][l] + 0.5) / (total + 0.5 * (levels - 1));
            }
        }
        return u;
    }

    private static void count(long[][] counts, int pattern) {
        for (int c = 0; c < Comparison.COUNT; c++) {
            counts[c][Comparison.level(pattern, c)]++;
        }
    }

    // ---- blocking and comparison

    private record Unit(int rule, int from, int to) {
    }

    /** The keys record by record ({@code rows[i * rules + r]}): the rules of a pair in two cache lines, not 2 * rules. */
    private long[] rows;

    private void block() {
        int rulesCount = keys.length;
        rows = new long[Math.multiplyExact(prepared.size, rulesCount)];
        IntStream.range(0, prepared.size).parallel().forEach(i -> {
            for (int q = 0; q < rulesCount; q++) {
                rows[i * rulesCount + q] = keys[q][i];
            }
        });
        List<Unit> units = new ArrayList<>();
        SortedKeys[] sorted = new SortedKeys[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            sorted[r] = new SortedKeys(keys[r]);
        }
        // the blocks of every rule within its limit, then the largest left out until the pairs fit the budget
        List<int[]> blocks = new ArrayList<>();
        skippedBlocks = 0;
        largestSkippedBlock = 0;
        long[] pairsOfSize = new long[0];
        int largest = 0;
        for (int r = 0; r < rules.size(); r++) {
            SortedKeys s = sorted[r];
            int start = 0;
            for (int p = 1; p <= s.packed.length; p++) {
                if (p == s.packed.length || s.high(p) != s.high(start)) {
                    int size = p - start;
                    if (size > 1) {
                        if (size > rules.get(r).maxBlock(settings.maxBlockSize())) {
                            skip(size);
                        } else {
                            blocks.add(new int[] {r, start, p});
                            if (size >= pairsOfSize.length) {
                                pairsOfSize = Arrays.copyOf(pairsOfSize, Math.max(size + 1, pairsOfSize.length * 2));
                            }
                            pairsOfSize[size] += pairs(size);
                            largest = Math.max(largest, size);
                        }
                    }
                    start = p;
                }
            }
        }
        long budget = settings.pairBudget(prepared.size);
        long totalWork = 0;
        for (int size = 2; size <= largest; size++) {
            totalWork += pairsOfSize[size];
        }
        int limit = Math.min(largest, settings.maxBlockSize());
        while (totalWork > budget && limit > 1) {
            totalWork -= pairsOfSize[limit];
            limit--;
        }
        blockLimit = Math.max(limit, 1);
        if (limit < largest) {
            List<int[]> kept = new ArrayList<>(blocks.size());
            for (int[] bl : blocks) {
                int size = bl[2] - bl[1];
                if (size > blockLimit) {
                    skip(size);
                } else {
                    kept.add(bl);
                }
            }
            blocks = kept;
        } else {
            blockLimit = settings.maxBlockSize();
        }
        blockPairs = totalWork;
        long perUnit = Math.max(10_000, totalWork / 64);
        long acc = 0;
        int unitStart = 0;
        for (int k = 0; k < blocks.size(); k++) {
            int[] bl = blocks.get(k);
            acc += (long) (bl[2] - bl[1]) * (bl[2] - bl[1] - 1) / 2;
            boolean last = k == blocks.size() - 1;
            if (acc >= perUnit || last || blocks.get(k + 1)[0] != bl[0]) {
                units.add(new Unit(bl[0], unitStart, k + 1));
                unitStart = k + 1;
                acc = 0;
            }
        }
        List<int[]> compared = blocks;
        buffers = units.parallelStream().map(unit -> compare(unit, compared, sorted[unit.rule()])).toList();
        rows = null;
        candidatePairs = 0;
        pairsPerRule = new long[rules.size()];
        for (int k = 0; k < buffers.size(); k++) {
            candidatePairs += buffers.get(k).size;
            pairsPerRule[units.get(k).rule()] += buffers.get(k).size;
        }
        if (TIMINGS) {
            System.err.printf("    pairs in the blocks compared %,d (budget %,d); block limit %,d; %,d blocks left out "
                    + "(largest %,d records, %,d pairs)%n", blockPairs, budget, blockLimit, skippedBlocks,
                    largestSkippedBlock, skippedPairs);
            for (int r = 0; r < rules.size(); r++) {
                System.err.printf("    %-45s %,12d new pairs%n", rules.get(r).description, pairsPerRule[r]);
            }
        }
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private void skip(int size) {
        skippedPairs += pairs(size);
        skippedBlocks++;
        largestSkippedBlock = Math.max(largestSkippedBlock, size);
    }

    private PairBuffer compare(Unit unit, List<int[]> blocks, SortedKeys s) {
        PairBuffer out = new PairBuffer();
        int r = unit.rule();
        long[] own = keys[r];
        int rulesCount = keys.length;
        long[] rows = this.rows;
        for (int k = unit.from(); k < unit.to(); k++) {
            int[] bl = blocks.get(k);
            for (int x = bl[1]; x < bl[2]; x++) {
                int i = s.index(x);
                for (int y = x + 1; y < bl[2]; y++) {
                    int j = s.index(y);
                    if (own[i] != own[j] || link && prepared.source[i] == prepared.source[j]) {
                        continue;
                    }
                    int mask = 0;
                    boolean earlier = false;
                    int ri = i * rulesCount;
                    int rj = j * rulesCount;
                    for (int q = 0; q < rulesCount; q++) {
                        long ki = rows[ri + q];
                        if (ki != 0 && ki == rows[rj + q]) {
                            if (q < r) {
                                earlier = true;
                                break;
                            }
                            mask |= 1 << q;
                        }
                    }
                    if (earlier) {
                        continue;
                    }
                    int a = Math.min(i, j);
                    int b = Math.max(i, j);
                    out.add(a, b, Comparison.pattern(prepared, a, prepared, b), mask);
                }
            }
        }
        return out;
    }

    // ---- m by EM, one session per blocking rule

    private Map<Long, long[]> allCounts() {
        Map<Long, long[]> all = new HashMap<>();
        for (PairBuffer b : buffers) {
            b.forEachCount((k, v) -> all.computeIfAbsent(k, x -> new long[1])[0] += v);
        }
        return all;
    }

    private double[][] estimateM(double[][] u) {
        Map<Long, long[]> all = allCounts();
        double[][] sum = new double[Comparison.COUNT][];
        int[] sessions = new int[Comparison.COUNT];
        for (Comparison c : Comparison.ALL) {
            sum[c.ordinal()] = new double[c.levelCount()];
        }
        for (int r = 0; r < rules.size(); r++) {
            if (!rules.get(r).trains()) {
                continue;
            }
            Map<Integer, long[]> counts = new HashMap<>();
            long n = 0;
            for (var e : all.entrySet()) {
                int mask = (int) (e.getKey() >>> 32);
                if ((mask & 1 << r) != 0) {
                    counts.computeIfAbsent(e.getKey().intValue(), x -> new long[1])[0] += e.getValue()[0];
                    n += e.getValue()[0];
                }
            }
            if (n < 20) {
                continue;
            }
            boolean[] excluded = new boolean[Comparison.COUNT];
            for (Comparison c : rules.get(r).involves) {
                excluded[c.ordinal()] = true;
            }
            double[][] m = Expectation.maximise(counts, u, excluded);
            for (int c = 0; c < Comparison.COUNT; c++) {
                if (!excluded[c]) {
                    for (int l = 1; l < m[c].length; l++) {
                        sum[c][l] += m[c][l];
                    }
                    sessions[c]++;
                }
            }
        }
        double[][] fallback = null;
        for (int c = 0; c < Comparison.COUNT; c++) {
            if (sessions[c] == 0) {
                if (fallback == null) {
                    Map<Integer, long[]> counts = new HashMap<>();
                    all.forEach((k, v) -> counts.computeIfAbsent(k.intValue(), x -> new long[1])[0] += v[0]);
                    fallback = Expectation.maximise(counts, u, new boolean[Comparison.COUNT]);
                }
                sum[c] = fallback[c].clone();
            } else {
                for (int l = 1; l < sum[c].length; l++) {
                    sum[c][l] /= sessions[c];
                }
            }
        }
        return sum;
    }

    /**
     * The probability that two records drawn at random match: the fixed point of "expected matches among
     * all pairs = sum of the candidate pairs' posteriors under that prior" (pairs left out by blocking are
     * taken as non-matches). The prior is the random-pair one: a candidate pair's agreement on its blocking
     * fields is already in its Bayes factor, so it is not counted again through a higher prior.
     */
    private double estimatePrior(double[][] m, double[][] u) {
        Map<Integer, long[]> counts = new HashMap<>();
        allCounts().forEach((k, v) -> counts.computeIfAbsent(k.intValue(), x -> new long[1])[0] += v[0]);
        int n = prepared.size;
        double all;
        if (link) {
            long left = 0;
            for (int i = 0; i < n; i++) {
                if (prepared.source[i] == 0) {
                    left++;
                }
            }
            all = (double) left * (n - left);
        } else {
            all = (double) n * (n - 1) / 2;
        }
        all = Math.max(all, 1);
        double p = Expectation.randomPairPrior(counts, m, u, all);
        p = Math.min(Math.max(p, 1 / all), 0.5);
        return Model.log2(p / (1 - p));
    }

    // ---- scoring

    private void score() {
        double cut = model.thresholdWeight();
        // the term-frequency adjustments once per record, not once per pair (the same values Model.weight adds)
        int n = prepared.size;
        double[] givenTf = new double[n];
        double[] surnameTf = new double[n];
        double[] postcodeTf = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            givenTf[i] = model.tfAdjustment(Comparison.FORENAME.ordinal(), prepared.givenTf[i]);
            surnameTf[i] = model.tfAdjustment(Comparison.SURNAME.ordinal(), prepared.surnameTf[i]);
            postcodeTf[i] = model.tfAdjustment(Comparison.POSTCODE.ordinal(), prepared.postcodeTf[i]);
        });
        List<double[]> weights = buffers.parallelStream().map(b -> {
            double[] w = new double[b.size];
            for (int k = 0; k < b.size; k++) {
                int a = b.a[k];
                w[k] = model.weight(b.pattern[k], givenTf[a], surnameTf[a], postcodeTf[a]);
            }
            return w;
        }).toList();
        int matched = 0;
        for (double[] w : weights) {
            for (double v : w) {
                if (v >= cut) {
                    matched++;
                }
            }
        }
        pairLeft = new int[matched];
        pairRight = new int[matched];
        pairWeight = new double[matched];
        int p = 0;
        for (int u = 0; u < buffers.size(); u++) {
            PairBuffer b = buffers.get(u);
            double[] w = weights.get(u);
            for (int k = 0; k < b.size; k++) {
                if (w[k] >= cut) {
                    pairLeft[p] = b.a[k];
                    pairRight[p] = b.b[k];
                    pairWeight[p] = w[k];
                    p++;
                }
            }
        }
    }
}
