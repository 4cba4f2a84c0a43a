package org.hearth.people;

/** Published when a merge was undone: both records are back as they were before it. */
public record PersonsUnmerged(MergeId merge, PersonId survivor, PersonId merged) {
}
