package org.hearth.people;

/** Published when a person record was merged into another: {@code merged} is now a tombstone of {@code survivor}. */
public record PersonsMerged(MergeId merge, PersonId survivor, PersonId merged) {
}
