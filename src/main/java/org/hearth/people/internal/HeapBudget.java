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
     * Whether the first person index fits: {@code persons} with the engine's synthetic reference population, in three
     * quarters of the heap (nothing else of the engine is held yet).
     */
    boolean firstIndexFits(long persons) {
        return needs(persons + MatchEngine.REFERENCE_RECORDS) <= maxBytes / 4 * 3;
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
