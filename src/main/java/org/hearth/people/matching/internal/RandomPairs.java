package org.hearth.people.matching.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The u probabilities of a batch run: how often each comparison level occurs among pairs drawn at random (nearly
 * all of them two different persons). Every pair when there are few, else a sample of fixed partitions seeded from
 * the settings, so the model does not depend on the core count.
 */
final class RandomPairs {

    private RandomPairs() {
    }

    static double[][] estimateU(Prepared prepared, boolean link, Linkage.Settings settings) {
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
}
