package org.hearth.people;

/**
 * How likely two records are to be one person, in words a practitioner can act on, instead of the engine's raw
 * posterior probability (which reads as certainty it does not have: "100%" for two different people).
 */
public enum MatchBand {

    VERY_LIKELY("Very likely", "When measured, about 99 in 100 pairs like this were one person."),
    LIKELY("Likely", "When measured, about 9 in 10 pairs like this were one person."),
    POSSIBLE("Possible", "When measured, fewer than 9 in 10 pairs like this were one person: compare with care.");

    /** Probability from which a pair is "very likely" (placeholder until measured). */
    public static final double VERY_LIKELY_FROM = 0.999;
    /** Probability from which a pair is "likely". */
    public static final double LIKELY_FROM = 0.95;

    private final String label;
    private final String meaning;

    MatchBand(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** What the band meant when measured, in one sentence. */
    public String meaning() {
        return meaning;
    }

    public String label() {
        return label;
    }

    public static MatchBand of(double probability) {
        return probability >= VERY_LIKELY_FROM ? VERY_LIKELY : probability >= LIKELY_FROM ? LIKELY : POSSIBLE;
    }
}
