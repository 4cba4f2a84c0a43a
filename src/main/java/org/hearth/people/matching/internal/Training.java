package org.hearth.people.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The m probabilities and the prior of a batch run, from the candidate pairs' comparison vectors counted by rule:
 * m by EM, one session per blocking rule that trains (its own comparisons left out), averaged; the prior as the
 * random-pair one.
 */
final class Training {

    private final Prepared prepared;
    private final boolean link;
    private final List<BlockingRule> rules;
    private final List<PairBuffer> buffers;

    Training(Prepared prepared, boolean link, List<BlockingRule> rules, List<PairBuffer> buffers) {
        this.prepared = prepared;
        this.link = link;
        this.rules = rules;
        this.buffers = buffers;
    }

    private Map<Long, long[]> allCounts() {
        Map<Long, long[]> all = new HashMap<>();
        for (PairBuffer b : buffers) {
            b.forEachCount((k, v) -> all.computeIfAbsent(k, x -> new long[1])[0] += v);
        }
        return all;
    }

    double[][] estimateM(double[][] u) {
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
    double estimatePrior(double[][] m, double[][] u) {
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
}
