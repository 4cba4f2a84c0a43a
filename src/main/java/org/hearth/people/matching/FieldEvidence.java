package org.hearth.people.matching;

/**
 * How one field of two records compared: the field, the {@link Evidence} (a closed set to map to words), the
 * engine's own name for the comparison level (for reports), and its match weight in bits ({@code log2(m/u)}, plus
 * the term-frequency adjustment for an exact match on a rare or common value). Positive weights are evidence for
 * the same person, negative against; a missing value weighs 0. The weight is for the engine and its reports, not
 * for a person deciding: show them the evidence in words.
 */
public record FieldEvidence(MatchField field, Evidence evidence, String level, double weight) {
}
