package org.hearth.strategy;

/**
 * One of BVPI 225's 11 questions: {@code text} as the partnership words it, {@code fullQuestion} as the indicator
 * asked it, {@code guidance} on what evidence satisfies it.
 */
public record Bvpi225Question(int number, String text, String fullQuestion, String guidance) {

    /** How many questions BVPI 225 has. */
    public static final int COUNT = 11;
}
