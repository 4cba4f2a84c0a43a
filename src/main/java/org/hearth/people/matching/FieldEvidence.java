package org.hearth.people.matching;

/**
 * How one field of two records compared: the comparison level that applied and its match weight in bits
 * ({@code log2(m/u)}, plus the term-frequency adjustment for an exact match on a rare or common value).
 * Positive weights are evidence for the same person, negative against; a missing value weighs 0.
 */
public record FieldEvidence(String field, String level, double weight) {
}
