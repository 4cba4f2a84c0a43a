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

    /**
     * From now until the current transaction ends, {@link #candidates} called in it also finds the persons
     * created in it (not yet committed, so not yet in the index): for a police import, which commits a chunk of
     * rows together and must link a person named again in a later row of the chunk. Nothing outside a
     * transaction.
     */
    default void matchUncommitted() {
    }
}
