package org.hearth.audit;

import java.util.Collection;
import java.util.List;

/** The audit module's API. */
public interface AuditTrail {

    /** Records an action on records of one type by the current user, from the current request's address. */
    default void record(AuditAction action, String recordType, Object recordId) {
        record(action, recordType, List.of(String.valueOf(recordId)), null);
    }

    /** Records an action with the reason the user stated (may be null). */
    void record(AuditAction action, String recordType, Collection<String> recordIds, String reason);

    /**
     * Records an attempt a guard turned away, in a transaction of its own: the refusal usually rolls back the
     * caller's work, and the entry must outlive it (an entry made with {@link #record} inside a read-write
     * transaction commits with that transaction or not at all).
     */
    void recordRefusal(AuditAction action, String recordType, Collection<String> recordIds, String reason);

    /**
     * From now until the current read-write transaction ends, holds the entries recorded in it and writes them as
     * one JDBC batch just before it commits: for a bulk writer (the police import's chunk of rows), one round trip
     * a transaction instead of one an entry. They are still written in that transaction, in the order recorded,
     * and commit with it or not at all; the chain is built from them after the commit as from any other entry.
     * Nothing in the transaction may read them back before it commits. Does nothing outside a read-write
     * transaction (each entry is then written at once, as always).
     */
    void batchUntilCommit();

    /**
     * {@link #batchUntilCommit}, and at the commit the held entries of one actor, action, record type, reason and
     * source address are written as one entry naming all their records (each entry's ids in turn, as recorded; at
     * most a thousand ids an entry), timed at the first of them: for a bulk writer that records the same thing of
     * many records (the police import's chunk, about ten entries a row otherwise). A search by any of those records
     * finds the entry. Does nothing if the transaction already holds its entries, or outside a read-write one.
     */
    void mergeUntilCommit();

    /**
     * From now until the current read-only transaction ends, holds the entries recorded in it (of reads: it changes
     * nothing) and then writes them, as recorded and in that order, in one transaction of their own: just before it
     * commits (an entry that cannot be written fails the commit, so nothing read is shown without its entry), or
     * after it rolls back (the reads happened). For a page that gathers many audited reads (My work): one commit for
     * them all instead of one an entry. Nothing may read the entries back before the transaction ends. Does nothing
     * outside a read-only transaction, or if it already holds its entries.
     */
    void batchReadsUntilEnd();

    /** Records an action by a named actor who is not (yet) the authenticated user, e.g. a failed sign-in. */
    void recordFor(String actorName, java.util.UUID actorId, AuditAction action, String recordType,
            Collection<String> recordIds, String reason);

    /** Newest first, at most {@code limit} entries from {@code offset}. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);

    /** The entry with this id (its own, not its place in the chain), if there is one. */
    java.util.Optional<AuditEntry> entry(long id);

    /** The record types the trail holds, in code order (for the search's list; the page names them in words). */
    List<String> recordTypes();

    /**
     * Recomputes every chained entry's hash from the first, checks every checkpoint against the chain, and reports
     * the first break; entries not chained yet are counted as pending.
     */
    AuditVerification verify();
}
