package org.hearth.people;

import java.util.List;

/**
 * Finds people already known who may be the person described: the person-matching engine's online
 * index, which takes this instance's writes as they commit and anyone else's by polling the database
 * within seconds (a first matcher answers only until the index is built).
 */
public interface PersonMatcher {

    /** Up to {@code max} candidates, best first. */
    List<Candidate> candidates(PersonDetails described, String postcode, int max);
}
