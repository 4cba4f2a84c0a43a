package org.hearth.people.matching;

import java.util.List;

/** A stored person that may be the probe's person, with its score and the field-by-field reasons. */
public record MatchCandidate(MatchRecord record, double probability, double weight, boolean match,
        List<FieldEvidence> evidence) {
}
