package org.hearth.people.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.people.matching.Evidence;
import org.hearth.people.matching.FieldEvidence;
import org.hearth.people.matching.MatchField;

/** A trained Fellegi-Sunter model: m and u per comparison level, prior, term frequencies, threshold. */
public final class Model {

    private static final int SWAPPED = 2;
    private static final int ADDRESS = Comparison.ADDRESS.ordinal();
    private static final int POSTCODE = Comparison.POSTCODE.ordinal();

    final double[][] m;
    final double[][] u;
    final double[][] weight;
    final double prior;
    final double threshold;
    final TermFrequencies tf;
    final double tfFloor;

    Model(double[][] m, double[][] u, double prior, double threshold, TermFrequencies tf, double tfFloor) {
        this.m = m;
        this.u = u;
        this.prior = prior;
        this.threshold = threshold;
        this.tf = tf;
        this.tfFloor = tfFloor;
        weight = new double[Comparison.COUNT][];
        for (int c = 0; c < Comparison.COUNT; c++) {
            weight[c] = new double[m[c].length];
            int last = m[c].length - 1;
            double disagree = log2(m[c][last] / u[c][last]);
            for (int l = 1; l < m[c].length; l++) {
                // partial agreement is never taken as stronger evidence against than full disagreement
                // (a level EM saw among almost no matches would otherwise get a large negative weight)
                weight[c][l] = l == last ? disagree : Math.max(disagree, log2(m[c][l] / u[c][l]));
            }
            if (c == Comparison.SURNAME.ordinal()) {
                // swapped names are one piece of evidence, weighed once, under forename
                weight[c][SWAPPED] = 0;
            }
        }
    }

    /**
     * This model with other term frequencies (and their floor, one over the records counted): a model trained on a
     * sample scores the whole register with the whole register's frequencies.
     */
    Model withTermFrequencies(TermFrequencies frequencies, double floor) {
        return new Model(m, u, prior, threshold, frequencies, floor);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Whether the postcode's agreement adds nothing: the same house on the same street already implies it,
     * for matches and non-matches alike (people of one household share both), so counting both would weigh
     * one fact twice.
     */
    static boolean postcodeImplied(int pattern) {
        int address = Comparison.level(pattern, ADDRESS);
        int postcode = Comparison.level(pattern, POSTCODE);
        return (address == 1 || address == 2) && (postcode == 1 || postcode == 2);
    }

    /** Match weight in bits, prior included. */
    double weight(int pattern, Prepared a, int i) {
        return weight(pattern, tfAdjustment(0, a.givenTf[i]), tfAdjustment(1, a.surnameTf[i]),
                tfAdjustment(POSTCODE, a.postcodeTf[i]));
    }

    /**
     * Match weight in bits given record {@code i}'s term-frequency adjustments ({@link #tfAdjustment} of its
     * forename, surname and postcode frequencies), added only where the level is "exact".
     */
    double weight(int pattern, double givenTf, double surnameTf, double postcodeTf) {
        double w = prior;
        boolean implied = postcodeImplied(pattern);
        for (int c = 0; c < Comparison.COUNT; c++) {
            if (c == POSTCODE && implied) {
                continue;
            }
            int l = Comparison.level(pattern, c);
            w += weight[c][l];
        }
        if (Comparison.level(pattern, 0) == 1) {
            w += givenTf;
        }
        if (Comparison.level(pattern, 1) == 1) {
            w += surnameTf;
        }
        if (Comparison.level(pattern, POSTCODE) == 1 && !implied) {
            w += postcodeTf;
        }
        return w;
    }

    double tfAdjustment(int c, float frequency) {
        if (Float.isNaN(frequency)) {
            return 0;
        }
        return log2(u[c][1] / Math.max(frequency, tfFloor));
    }

    static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    double thresholdWeight() {
        return log2(threshold / (1 - threshold));
    }

    List<FieldEvidence> explain(int pattern, Prepared a, int i) {
        List<FieldEvidence> out = new ArrayList<>(Comparison.COUNT + 1);
        out.add(new FieldEvidence(MatchField.PRIOR, Evidence.MISSING, "two records chosen at random", prior));
        boolean implied = postcodeImplied(pattern);
        for (Comparison c : Comparison.ALL) {
            int l = Comparison.level(pattern, c.ordinal());
            if (c == Comparison.POSTCODE && implied) {
                out.add(new FieldEvidence(c.on, l == 0 ? Evidence.MISSING : Evidence.COUNTED_ELSEWHERE,
                        c.levels.get(l) + " (implied by the address)", 0));
                continue;
            }
            double w = weight[c.ordinal()][l];
            if (l == 1 && c.termFrequencyAdjusted()) {
                float f = c == Comparison.FORENAME ? a.givenTf[i]
                        : c == Comparison.SURNAME ? a.surnameTf[i] : a.postcodeTf[i];
                w += tfAdjustment(c.ordinal(), f);
            }
            out.add(new FieldEvidence(c.on, c.evidence(l), c.levels.get(l), w));
        }
        return out;
    }

    /** m and u per level, for reports (no personal data). */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("prior %.2f bits, threshold p >= %.3f%n", prior, threshold));
        for (Comparison c : Comparison.ALL) {
            b.append(c.field).append(':');
            for (int l = 1; l < c.levelCount(); l++) {
                b.append(String.format(" [%s m=%.4f u=%.6f w=%.1f]", c.levels.get(l), m[c.ordinal()][l],
                        u[c.ordinal()][l], weight[c.ordinal()][l]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
