package org.hearth.people.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** EM recovers known m probabilities from unlabelled comparison vectors, u held at its true value. */
class ExpectationTest {

    @Test
    void recoversKnownMProbabilities() {
        double lambda = 0.15;
        double[][] m = new double[Comparison.COUNT][];
        double[][] u = new double[Comparison.COUNT][];
        for (Comparison c : Comparison.ALL) {
            int levels = c.levelCount();
            m[c.ordinal()] = new double[levels];
            u[c.ordinal()] = new double[levels];
            // m: falling from "exact"; u: almost all on "else"
            double ms = 0;
            double us = 0;
            for (int l = 1; l < levels; l++) {
                m[c.ordinal()][l] = l == 1 ? 6 : l == levels - 1 ? 0.5 : 1.0 / l;
                u[c.ordinal()][l] = l == levels - 1 ? 200 : 1.0 / (l * l);
                ms += m[c.ordinal()][l];
                us += u[c.ordinal()][l];
            }
            for (int l = 1; l < levels; l++) {
                m[c.ordinal()][l] /= ms;
                u[c.ordinal()][l] /= us;
            }
        }
        SplittableRandom random = new SplittableRandom(3);
        Map<Integer, long[]> counts = new HashMap<>();
        for (int k = 0; k < 300_000; k++) {
            boolean match = random.nextDouble() < lambda;
            int pattern = 0;
            for (int c = 0; c < Comparison.COUNT; c++) {
                double[] p = match ? m[c] : u[c];
                double x = random.nextDouble();
                int l = 1;
                for (double acc = p[1]; acc < x && l < p.length - 1; acc += p[++l]) {
                    // walk the cumulative distribution
                }
                pattern |= l << (4 * c);
            }
            counts.computeIfAbsent(pattern, x -> new long[1])[0]++;
        }
        boolean[] excluded = new boolean[Comparison.COUNT];
        double[][] estimated = Expectation.maximise(counts, u, excluded);
        for (Comparison c : Comparison.ALL) {
            for (int l = 1; l < c.levelCount(); l++) {
                assertThat(estimated[c.ordinal()][l]).as(c + " level " + l)
                        .isCloseTo(m[c.ordinal()][l], within(0.02));
            }
        }
        double prior = Expectation.prior(counts, estimated, u);
        assertThat(prior).isCloseTo(lambda, within(0.01));
    }

    @Test
    void excludedComparisonsAreNotEstimated() {
        Map<Integer, long[]> counts = new HashMap<>();
        counts.put(1 | 1 << 4, new long[] {100});
        double[][] u = Expectation.initialM();
        boolean[] excluded = new boolean[Comparison.COUNT];
        excluded[0] = true;
        double[][] m = Expectation.maximise(counts, u, excluded);
        assertThat(m[0]).containsExactly(Expectation.initialM()[0]);
    }
}
