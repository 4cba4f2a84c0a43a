package org.hearth.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Erasing a person's personal data everywhere Hearth keeps it, all or nothing, leaving a tombstone. Called by the
 * retention module once a coordinator has approved; it never decides whether a person is due.
 */
public interface PersonErasure {

    /**
     * Every live person (not merged away, not erased) last involved on or before {@code involvedBy} (in their own
     * record and every module's {@link PersonDataHolder#retentionFacts}), with what the retention schedule needs of
     * them; read a page of persons at a time, so the cost follows the persons whose own record is that old, never
     * the register. Not audited (ids and dates only); the caller audits what it shows.
     */
    List<PersonRetention> retentionFacts(java.time.LocalDate involvedBy);

    /** The same for one person, or empty when no such live person. */
    Optional<PersonRetention> retentionFacts(PersonId person);

    /**
     * Erases the person (and any record merged into them) in one transaction: every {@link PersonDataHolder} in
     * turn, people's own rows last, then a tombstone with {@code rule} and {@code approvedBy} (a member of staff's id), and an audit entry
     * holding the id only. The person leaves the in-memory index when this commits. Any failure rolls it all back.
     *
     * @throws java.util.NoSuchElementException no such live person
     */
    Tombstone erase(PersonId person, String rule, java.util.UUID approvedBy);

    /** The tombstone of an erased person, or empty. */
    Optional<Tombstone> tombstone(PersonId person);

    /** How many persons were erased from {@code from} to {@code to} inclusive (UK days): a count, for figures. */
    long erasedBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** Tombstones, newest first. */
    List<Tombstone> tombstones(int limit);

    /** What is left of an erased person: the id, when, under which rule, who approved it. */
    record Tombstone(PersonId person, Instant erasedAt, String rule, java.util.UUID approvedBy) {
    }
}
