package org.hearth.people;

import java.util.List;

/**
 * Finds people already known who may be the person described. The front door uses a first matcher;
 * the person-matching engine replaces it behind this interface.
 */
public interface PersonMatcher {

    /** Up to {@code max} candidates, best first. */
    List<Candidate> candidates(PersonDetails described, String postcode, int max);
}
