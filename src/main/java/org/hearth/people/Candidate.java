package org.hearth.people;

import java.util.List;

/**
 * A person already known who may be the one being entered, with why: each entry of {@code reasons} is one
 * field's comparison with its match weight in bits, for or against (e.g. "Date of birth: day and month
 * swapped (+6.1)"). {@code score} is the match probability, 0 to 1, and ranks.
 */
public record Candidate(PersonId id, String name, String dateOfBirth, double score, List<String> reasons) {
}
