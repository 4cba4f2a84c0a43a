package org.hearth.people.matching;

/**
 * Two records scored at or above the match threshold. {@code left} and {@code right} index the input list
 * (for {@code link}, the left list followed by the right list).
 *
 * @param probability posterior probability that both records are one person
 * @param weight      total match weight in bits, prior included ({@code probability = 1 / (1 + 2^-weight)})
 */
public record MatchedPair(int left, int right, String leftId, String rightId, double probability, double weight) {
}
