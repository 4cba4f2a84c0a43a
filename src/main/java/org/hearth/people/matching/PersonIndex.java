package org.hearth.people.matching;

import java.util.List;
import org.hearth.people.matching.internal.OnlineIndex;

/**
 * Stored persons in memory, indexed by every blocking key, for matching one incoming record at a time.
 * Gives the same candidates and scores as the batch run that trained it (batch mode alone skips blocks
 * beyond its safety limit of 10,000 records a key, which never occurred in the benchmarks). The model and
 * its term frequencies are frozen: records added later need a new batch run (not yet supported
 * incrementally). Thread-safe for concurrent reads.
 */
public final class PersonIndex {

    private final OnlineIndex index;

    PersonIndex(OnlineIndex index) {
        this.index = index;
    }

    public int size() {
        return index.size();
    }

    /**
     * The stored records that may be the probe's person, best first, at most {@code max}, whether or not
     * they reach the threshold ({@link Candidate#match()} says). A stored record with the probe's id is
     * skipped.
     */
    public List<Candidate> candidates(PersonRecord probe, int max) {
        return index.candidates(probe, max, false);
    }

    /** Only the candidates at or above the match threshold. */
    public List<Candidate> matches(PersonRecord probe, int max) {
        return index.candidates(probe, max, true);
    }
}
