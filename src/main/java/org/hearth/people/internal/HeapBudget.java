package org.hearth.people.internal;

import org.hearth.people.matching.MatchEngine;

/**
 * Whether a batch run of the matching engine fits in the heap, checked before it starts: a run the heap cannot hold
 * is refused (and says so), never started and left to run out of memory, which would leave the whole application in
 * an unknown state. {@code maxBytes} is the heap's limit ({@link #ofThisJvm}).
 */
record HeapBudget(long maxBytes) {

    /**
     * Heap a batch run needs a record, with some room (measured: about 2.7 KB at its peak, while the index answering
     * meanwhile keeps about 0.7 KB).
     */
    static final long BYTES_PER_RECORD = 4 * 1024;

    /** The budget of this JVM's heap. */
    static HeapBudget ofThisJvm() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** Heap a batch run of {@code records} records needs. */
    static long needs(long records) {
        return records * BYTES_PER_RECORD;
    }

    /**
     * Heap the online person index holds a person once built (its records as the engine prepared them, their blocking
     * keys sorted, and what the application keeps beside it), with some room: see BENCHMARKS.md.
     */
    static final long INDEX_BYTES_PER_PERSON = 1536;

    /**
     * Heap building a person index of {@code persons} needs when the model is trained on at most
     * {@code trainingSample} of them: a store no larger than the sample is one batch run over everyone (with the
     * reference population); a larger one holds the online index of everyone and, while training, a batch run of the
     * sample only. So it grows with the online index, not with training.
     */
    static long indexNeeds(long persons, int trainingSample) {
        if (persons <= trainingSample) {
            return needs(persons + MatchEngine.REFERENCE_RECORDS);
        }
        return persons * INDEX_BYTES_PER_PERSON + needs(trainingSample + (long) MatchEngine.REFERENCE_RECORDS);
    }

    /**
     * Whether the first person index fits: {@code persons}, trained on at most {@code trainingSample} of them
     * ({@link #indexNeeds}), in three quarters of the heap (nothing else of the engine is held yet).
     */
    boolean firstIndexFits(long persons, int trainingSample) {
        return indexNeeds(persons, trainingSample) <= maxBytes / 4 * 3;
    }

    /**
     * The most persons whose first index fits ({@link #firstIndexFits}), or -1 when not even an empty register's does
     * (the reference population alone): so the start need count the persons only up to one more than this.
     */
    long firstIndexLimit(int trainingSample) {
        if (!firstIndexFits(0, trainingSample)) {
            return -1;
        }
        long fits = 0;
        long over = maxBytes / INDEX_BYTES_PER_PERSON + 1; // the online index alone would outgrow the heap
        while (over - fits > 1) { // indexNeeds grows with the persons: the last that fits, by halving
            long mid = fits + (over - fits) / 2;
            if (firstIndexFits(mid, trainingSample)) {
                fits = mid;
            } else {
                over = mid;
            }
        }
        return fits;
    }

    /** Whether a retrain fits: a second index built ({@link #indexNeeds}) beside the one answering, in half the heap. */
    boolean retrainFits(long persons, int trainingSample) {
        return indexNeeds(persons, trainingSample) <= maxBytes / 2;
    }

    /**
     * Whether a batch run of {@code records} fits beside the person index that goes on answering meanwhile (a
     * retrain, a search of the whole register for duplicates): in half the heap.
     */
    boolean besideTheIndexFits(long records) {
        return needs(records) <= maxBytes / 2;
    }

    /** The heap's limit in megabytes, for messages. */
    long maxMegabytes() {
        return maxBytes >> 20;
    }
}
