package org.hearth.people.matching;

import java.util.Collection;
import java.util.List;
import org.hearth.people.matching.internal.OnlineIndex;

/**
 * Stored persons in memory, indexed by every blocking key, for matching one incoming record at a time, with the
 * scores of the batch run that trained it. A probe of one record skips only a blocking key shared by more than the
 * engine's full limit (10,000 records), even where the batch run's pair budget left smaller blocks out
 * ({@link #blockLimit()}): so a match is never missed because a batch ran. The model and its term frequencies are
 * frozen: {@link #with} stores records added or changed later in small extra segments scored with the same
 * model, at about the cost of preparing those records (a new batch run retrains on them). Immutable, so
 * thread-safe.
 */
public final class PersonIndex {

    private final OnlineIndex index;

    PersonIndex(OnlineIndex index) {
        this.index = index;
    }

    /** Records stored (not counting hidden ones). */
    public int size() {
        return index.size();
    }

    /** The largest block the training batch run compared under a rule without a smaller limit of its own. */
    public int blockLimit() {
        return index.blockLimit();
    }

    /** Blocks over a limit that the training batch run left out (oversized keys, such as a very common name). */
    public int skippedBlocks() {
        return index.skippedBlocks();
    }

    /** The pairs of those blocks, not compared. */
    public long skippedPairs() {
        return index.skippedPairs();
    }

    /** Records stored since the model was trained (by {@link #with}). */
    public int added() {
        return index.added();
    }

    /**
     * A new index with {@code added} stored (each replacing a stored record with the same id) and the
     * records whose ids are in {@code removed} left out, scored with this index's model and term
     * frequencies. This index is unchanged and shares its segments with the new one. Costs about the
     * preparation of the records added now (segments of added records are merged like a binary counter, each
     * merge copying what was prepared, so each record is copied about log2 of the records added since training
     * times, never prepared again); an id is looked up in each segment by hash, so a new one costs a probe a
     * segment.
     */
    public PersonIndex with(Collection<MatchRecord> added, Collection<String> removed) {
        return new PersonIndex(index.with(added, removed));
    }

    /**
     * The stored records that may be the probe's person, best first, at most {@code max}, whether or not
     * they reach the threshold ({@link MatchCandidate#match()} says). A stored record with the probe's id is
     * skipped.
     */
    public List<MatchCandidate> candidates(MatchRecord probe, int max) {
        return index.candidates(probe, max, false);
    }

    /** Only the candidates at or above the match threshold. */
    public List<MatchCandidate> matches(MatchRecord probe, int max) {
        return index.candidates(probe, max, true);
    }

    /**
     * As {@link #candidates}, for a batch that probes every stored record (a search of the whole register for
     * duplicates): within the limit the training batch run kept, so it compares what that run did and costs no more.
     */
    public List<MatchCandidate> batchCandidates(MatchRecord probe, int max) {
        return index.batchCandidates(probe, max);
    }
}
