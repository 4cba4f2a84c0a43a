package org.hearth.strategy;

/**
 * The BVPI 225 score: the share of the 11 questions answered yes, as a whole percentage rounded half up, as
 * Leicester reported it (7 of 11 = 64%, 9 of 11 = 82%).
 */
public record Bvpi225Score(int yes, int of) {

    public Bvpi225Score {
        if (of <= 0 || yes < 0 || yes > of) {
            throw new IllegalArgumentException("A score is 0 to " + of + " of " + of);
        }
    }

    public static Bvpi225Score of(int yes) {
        return new Bvpi225Score(yes, Bvpi225Question.COUNT);
    }

    /** The percentage, rounded half up in whole numbers. */
    public int percent() {
        return (200 * yes + of) / (2 * of);
    }

    /** E.g. "64% (7 of 11)". */
    public String text() {
        return percent() + "% (" + yes + " of " + of + ")";
    }
}
