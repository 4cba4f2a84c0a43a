package org.hearth.people.matching.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.people.matching.MatchResult;

/**
 * Quality against ground truth (measurement only: nothing here feeds back into the model). Pairwise
 * precision, recall and F1 over the pairs implied by the predicted persons; B-cubed F1 over records;
 * pair completeness of the blocking (true pairs compared / true pairs).
 */
public final class Evaluation {

    public long truePairs;
    public long predictedPairs;
    public long correctPairs;
    public long comparedTruePairs;
    public double bcubedPrecision;
    public double bcubedRecall;

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double bcubedF1() {
        double p = bcubedPrecision;
        double r = bcubedRecall;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double pairCompleteness() {
        return truePairs == 0 ? 1 : (double) comparedTruePairs / truePairs;
    }

    /**
     * @param truth     true person per record
     * @param predicted predicted person label per record
     * @param source    side per record for a link (only cross pairs count), or null for a dedupe
     * @param result    to ask which true pairs the blocking compared (may be null)
     */
    public static Evaluation of(String[] truth, int[] predicted, byte[] source, MatchResult result) {
        int n = truth.length;
        Evaluation e = new Evaluation();
        Map<String, int[]> trueGroups = groups(truth, n);
        Map<Integer, int[]> predictedGroups = new HashMap<>();
        {
            Map<Integer, Integer> sizes = new HashMap<>();
            for (int l : predicted) {
                sizes.merge(l, 1, Integer::sum);
            }
            Map<Integer, Integer> fill = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int[] g = predictedGroups.computeIfAbsent(predicted[i], k -> new int[sizes.get(k)]);
                int f = fill.merge(predicted[i], 1, Integer::sum) - 1;
                g[f] = i;
            }
        }
        for (int[] g : trueGroups.values()) {
            for (int x = 0; x < g.length; x++) {
                for (int y = x + 1; y < g.length; y++) {
                    if (source != null && source[g[x]] == source[g[y]]) {
                        continue;
                    }
                    e.truePairs++;
                    if (predicted[g[x]] == predicted[g[y]]) {
                        e.correctPairs++;
                    }
                    if (result != null && result.compared(g[x], g[y])) {
                        e.comparedTruePairs++;
                    }
                }
            }
        }
        for (int[] g : predictedGroups.values()) {
            for (int x = 0; x < g.length; x++) {
                for (int y = x + 1; y < g.length; y++) {
                    if (source == null || source[g[x]] != source[g[y]]) {
                        e.predictedPairs++;
                    }
                }
            }
        }
        // B-cubed over records: per record, precision = share of its predicted group truly its person,
        // recall = share of its true group predicted together with it
        Map<Long, Integer> overlap = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = ids.computeIfAbsent(truth[i], k -> ids.size());
            overlap.merge((long) t[i] << 32 | (predicted[i] & 0xFFFFFFFFL), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int both = overlap.get((long) t[i] << 32 | (predicted[i] & 0xFFFFFFFFL));
            p += (double) both / predictedGroups.get(predicted[i]).length;
            r += (double) both / trueGroups.get(truth[i]).length;
        }
        e.bcubedPrecision = p / n;
        e.bcubedRecall = r / n;
        return e;
    }

    private static Map<String, int[]> groups(String[] truth, int n) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String s : truth) {
            sizes.merge(s, 1, Integer::sum);
        }
        Map<String, int[]> groups = new HashMap<>();
        Map<String, Integer> fill = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] g = groups.computeIfAbsent(truth[i], k -> new int[sizes.get(k)]);
            g[fill.merge(truth[i], 1, Integer::sum) - 1] = i;
        }
        return groups;
    }

    /** Pairwise figures over the matched pairs themselves (before clustering). */
    public static long[] scoredPairs(String[] truth, List<int[]> pairs) {
        long correct = 0;
        for (int[] p : pairs) {
            if (truth[p[0]].equals(truth[p[1]])) {
                correct++;
            }
        }
        return new long[] {pairs.size(), correct};
    }
}
