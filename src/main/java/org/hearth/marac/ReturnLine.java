package org.hearth.marac;

import org.hearth.insights.Cell;

/**
 * One figure of a SafeLives MARAC data return: a number and, where SafeLives derives one, a percentage of the cases
 * discussed (or a rate). For anyone but a coordinator both cells went through insights' small-number suppression.
 *
 * @param key what the figure counts, as the drill-down names it ({@code cases}, {@code repeats},
 *     {@code agency:<id>}, ...); null for a figure with no cases behind it
 * @param note how it is worked out, or what it compares with
 */
public record ReturnLine(String key, String label, Cell number, Cell share, String note) {
}
