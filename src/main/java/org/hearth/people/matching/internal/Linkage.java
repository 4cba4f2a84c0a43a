package org.hearth.people.matching.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.MatchRecord;

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
    /** What the run compared and left out ({@link Blocking}); its pairs are dropped once scored. */
    private Blocking blocking;
    private SortedKeys[] sortedForQueries;
    private List<PairBuffer> buffers;

    private final TermFrequencies termFrequencies;

    // outputs: matched pairs (record indices, weight in bits) and a person label per record
    private int[] pairLeft;
    private int[] pairRight;
    private double[] pairWeight;
    private int[] cluster;

    public Linkage(List<MatchRecord> records, byte[] source, Settings settings) {
        this.settings = settings;
        this.link = source != null;
        this.prepared = new Prepared(records, source);
        TermFrequencies tf = TermFrequencies.of(prepared);
        tf.fill(prepared);
        keys = keys(prepared, rules);
        this.termFrequencies = tf;
    }

    /** Every rule's blocking key of every record, a long array a rule. */
    static long[][] keys(Prepared prepared, List<BlockingRule> rules) {
        long[][] keys = new long[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            BlockingRule rule = rules.get(r);
            long[] k = new long[prepared.size];
            IntStream range = IntStream.range(0, prepared.size);
            (prepared.size > 1_000 ? range.parallel() : range).forEach(i -> k[i] = rule.key(prepared, i));
            keys[r] = k;
        }
        return keys;
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
        double[][] u = RandomPairs.estimateU(prepared, link, settings);
        lap("u");
        block();
        Training training = new Training(prepared, link, rules, buffers);
        double[][] m = training.estimateM(u);
        double prior = training.estimatePrior(m, u);
        model = new Model(m, u, prior, settings.threshold(), termFrequencies, 1.0 / Math.max(1, prepared.size));
        lap("em");
        return scoreAndCluster();
    }

    /**
     * As {@link #run}, with the model {@code trained} estimated (by another run, on a sample of these records) instead
     * of estimating one: these records' term frequencies, its m, u and prior. What the index trained on a sample
     * scores, as a batch run (for {@code bench/match --sample}).
     */
    public Linkage runWith(Model trained) {
        lap("prepare");
        block();
        model = trained.withTermFrequencies(termFrequencies, 1.0 / Math.max(1, prepared.size));
        return scoreAndCluster();
    }

    private void block() {
        blocking = new Blocking(prepared, keys, rules, link, settings.maxBlockSize(), settings.pairBudget(prepared.size));
        blocking.run();
        buffers = blocking.buffers;
        lap("block+compare");
    }

    private Linkage scoreAndCluster() {
        score();
        lap("score");
        cluster = Clustering.cluster(prepared.size, pairLeft, pairRight, pairWeight,
                Model.log2(settings.strongLink() / (1 - settings.strongLink())));
        lap("cluster");
        buffers = null;
        blocking.buffers = null;
        return this;
    }

    static final boolean TIMINGS = Boolean.getBoolean("hearth.matching.timings");
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
        return blocking.candidatePairs;
    }

    public long skippedPairs() {
        return blocking.skippedPairs;
    }

    public List<MatchRecord> records() {
        return Arrays.asList(prepared.records);
    }

    public int skippedBlocks() {
        return blocking.skippedBlocks;
    }

    public int largestSkippedBlock() {
        return blocking.largestSkippedBlock;
    }

    /** The engine's block size limit in this run (lowered from the settings' when the pair budget required it). */
    public int blockLimit() {
        return blocking == null ? 0 : blocking.blockLimit;
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
                int blockLimit = blockLimit();
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
        return new OnlineIndex(prepared, keys, model, rules, settings.maxBlockSize(), blockLimit(), skippedBlocks(),
                skippedPairs());
    }

    /**
     * An online index of every one of {@code stored}, scored with the model this run trained (on a sample of them):
     * their own term frequencies, and the block limit the pair budget would give a batch run of them all (what
     * {@link OnlineIndex#batchCandidates} keeps), worked out from their block sizes without comparing a pair. Holds
     * what the online index holds, never a batch run's pairs: the heap grows with the index, not with training.
     */
    public OnlineIndex indexOf(List<MatchRecord> stored) {
        Prepared all = new Prepared(stored, null);
        TermFrequencies tf = TermFrequencies.of(all);
        tf.fill(all);
        long[][] allKeys = keys(all, rules);
        Blocking limits = new Blocking(all, allKeys, rules, false, settings.maxBlockSize(),
                settings.pairBudget(all.size));
        return OnlineIndex.of(all, allKeys, model.withTermFrequencies(tf, 1.0 / Math.max(1, all.size)), rules,
                settings.maxBlockSize(), limits);
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
