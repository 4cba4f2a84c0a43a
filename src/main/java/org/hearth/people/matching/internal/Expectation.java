package org.hearth.people.matching.internal;

import java.util.Map;

/**
 * Expectation-maximisation of m probabilities over comparison-vector counts, u held fixed (from random
 * pairs), under conditional independence. Works on distinct vectors with their counts, so its cost does
 * not grow with the number of pairs.
 */
final class Expectation {

    static final int MAX_ITERATIONS = 200;
    static final double TOLERANCE = 1e-7;
    static final double FLOOR = 1e-6;

    private Expectation() {
    }

    /** Starting m: most mass on the first (strongest) level, a little on each weaker one. */
    static double[][] initialM() {
        double[][] m = new double[Comparison.COUNT][];
        for (Comparison c : Comparison.ALL) {
            int levels = c.levelCount();
            m[c.ordinal()] = new double[levels];
            double rest = 0;
            for (int l = 2; l < levels; l++) {
                rest += Math.pow(0.5, l - 1);
            }
            m[c.ordinal()][1] = 0.8;
            for (int l = 2; l < levels; l++) {
                m[c.ordinal()][l] = 0.2 * Math.pow(0.5, l - 1) / rest;
            }
        }
        return m;
    }

    /**
     * @param counts   comparison vector to number of pairs
     * @param u        fixed u per comparison and level
     * @param excluded comparisons to leave out (those the pairs were blocked on)
     * @return m per comparison and level (excluded comparisons keep their starting values)
     */
    static double[][] maximise(Map<Integer, long[]> counts, double[][] u, boolean[] excluded) {
        int n = counts.size();
        int[] patterns = new int[n];
        double[] weights = new double[n];
        int k = 0;
        for (var e : counts.entrySet()) {
            patterns[k] = e.getKey();
            weights[k] = e.getValue()[0];
            k++;
        }
        double[][] m = initialM();
        double lambda = 0.3;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] num = new double[Comparison.COUNT][16];
            double[] den = new double[Comparison.COUNT];
            double matched = 0;
            double total = 0;
            for (int p = 0; p < n; p++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int c = 0; c < Comparison.COUNT; c++) {
                    int l = Comparison.level(patterns[p], c);
                    if (l > 0 && !excluded[c]) {
                        pm *= m[c][l];
                        pu *= u[c][l];
                    }
                }
                double g = pm / (pm + pu);
                double wg = weights[p] * g;
                matched += wg;
                total += weights[p];
                for (int c = 0; c < Comparison.COUNT; c++) {
                    int l = Comparison.level(patterns[p], c);
                    if (l > 0 && !excluded[c]) {
                        num[c][l] += wg;
                        den[c] += wg;
                    }
                }
            }
            double change = 0;
            for (int c = 0; c < Comparison.COUNT; c++) {
                if (excluded[c] || den[c] <= 0) {
                    continue;
                }
                double sum = 0;
                for (int l = 1; l < m[c].length; l++) {
                    sum += Math.max(FLOOR, num[c][l] / den[c]);
                }
                for (int l = 1; l < m[c].length; l++) {
                    double v = Math.max(FLOOR, num[c][l] / den[c]) / sum;
                    change = Math.max(change, Math.abs(v - m[c][l]));
                    m[c][l] = v;
                }
            }
            double newLambda = Math.min(1 - 1e-9, Math.max(1e-9, matched / total));
            change = Math.max(change, Math.abs(newLambda - lambda));
            lambda = newLambda;
            if (change < TOLERANCE) {
                break;
            }
        }
        return m;
    }

    /** The share of matches among the counted pairs, m and u fixed. */
    static double prior(Map<Integer, long[]> counts, double[][] m, double[][] u) {
        double lambda = 0.1;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double matched = 0;
            double total = 0;
            for (var e : counts.entrySet()) {
                int pattern = e.getKey();
                double bf = 1;
                for (int c = 0; c < Comparison.COUNT; c++) {
                    int l = Comparison.level(pattern, c);
                    if (l > 0) {
                        bf *= m[c][l] / u[c][l];
                    }
                }
                double g = lambda * bf / (lambda * bf + 1 - lambda);
                matched += g * e.getValue()[0];
                total += e.getValue()[0];
            }
            double next = matched / total;
            if (Math.abs(next - lambda) < 1e-10) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }

    /**
     * The match probability of a random pair: the fixed point of {@code lambda = sum over candidate pairs of
     * posterior(lambda) / allPairs}, m and u fixed.
     */
    static double randomPairPrior(Map<Integer, long[]> counts, double[][] m, double[][] u, double allPairs) {
        long candidates = 0;
        for (long[] c : counts.values()) {
            candidates += c[0];
        }
        double lambda = Math.min(0.5, 0.1 * candidates / allPairs);
        for (int iteration = 0; iteration < 500; iteration++) {
            double matched = 0;
            for (var e : counts.entrySet()) {
                double bf = 1;
                for (int c = 0; c < Comparison.COUNT; c++) {
                    int l = Comparison.level(e.getKey(), c);
                    if (l > 0) {
                        bf *= m[c][l] / u[c][l];
                    }
                }
                matched += e.getValue()[0] * (lambda * bf / (lambda * bf + 1 - lambda));
            }
            double next = matched / allPairs;
            if (Math.abs(next - lambda) <= 1e-6 * lambda) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }
}
