package org.hearth.people;

/**
 * How likely two records are to be one person, in words a practitioner can act on, instead of the engine's raw
 * posterior probability (which reads as a certainty it does not have: "100%" for two different people).
 *
 * <p>The thresholds are measured, not chosen. {@code bench/match synthetic 100000} and {@code bench/match messy
 * 100000} print the precision of the engine's pairs by probability range on synthetic records whose true persons
 * are known, and {@code bench/duplicates} the precision of the demo's list against its generator's truth
 * (BENCHMARKS.md, "Calibration"). Measured 5 Dec 2026: from 0.9999, 130,515 of 130,516 synthetic pairs were one
 * person, and on the demo only its four true pairs reach it; from 0.99 to 0.9999, 99.7% to 100% of synthetic pairs
 * were one person, but on the demo, whose small name lists make many look-alikes, none of the four or five pairs
 * there were; from 0.5 to 0.99, 54% to 99% (none of the demo's 311). A pair whose dates of birth are both known and
 * plainly different (not a typo, a swap or within a year) is never more than "possible", whatever its
 * probability: two people with a common name can share a place and a name but not a birthday.
 */
public enum MatchBand {

    VERY_LIKELY("Very likely", "When this was measured on test records, nearly every pair like this was one "
            + "person."),
    LIKELY("Likely", "When this was measured on test records, most pairs like this were one person, but two people "
            + "with a common name can look this alike: check the dates of birth and addresses."),
    POSSIBLE("Possible", "When this was measured on test records, many pairs like this were not one person: "
            + "compare them with care.");

    /** Probability from which a pair is "very likely" (measured precision 0.9999 or more; see above). */
    public static final double VERY_LIKELY_FROM = 0.9999;
    /** Probability from which a pair is "likely" (measured precision 0.997 or more on synthetic records). */
    public static final double LIKELY_FROM = 0.99;

    private final String label;
    private final String meaning;

    MatchBand(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What the band meant when measured, in one sentence. */
    public String meaning() {
        return meaning;
    }

    /** The band of a match probability alone. */
    public static MatchBand of(double probability) {
        return probability >= VERY_LIKELY_FROM ? VERY_LIKELY : probability >= LIKELY_FROM ? LIKELY : POSSIBLE;
    }

    /** The band of a match probability, never more than "possible" when both dates of birth are known and differ. */
    public static MatchBand of(double probability, boolean datesOfBirthDiffer) {
        return datesOfBirthDiffer ? POSSIBLE : of(probability);
    }
}
