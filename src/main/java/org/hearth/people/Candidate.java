package org.hearth.people;

import java.util.List;

/**
 * A person already known who may be the one being entered, with why: each entry of {@code reasons} is a
 * comparison that agreed (e.g. "Date of birth: day and month swapped"). {@code score} ranks, 0 to 1.
 */
public record Candidate(PersonId id, String name, String dateOfBirth, double score, List<String> reasons) {
}
