package org.hearth.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.PersonId;

/**
 * The retention module's API. The schedule is kept by partnership coordinators and administrators; the review list,
 * holds and erasure are the partnership coordinator's. Every read of the list and every decision is audited with the
 * ids only.
 */
public interface Retention {

    /** The schedule, a rule per record type. */
    List<RetentionRule> schedule();

    RetentionRule rule(RecordType type);

    /**
     * Changes a rule (coordinators and administrators): years after the last involvement (1 to 100), an age to keep
     * at least until (18 to 100, or null) and the reasoning (required, up to 2,000 characters).
     *
     * @throws org.hearth.platform.InvalidInputException naming {@code years}, {@code untilAge}, {@code reasoning}
     */
    RetentionRule updateRule(RecordType type, Integer years, Integer untilAge, String reasoning);

    LocalDate today();

    /** The most records {@link #review(int, int)} gives to a page. */
    int MAX_PAGE_SIZE = 200;

    /**
     * A page of the records past their retention date on {@code today()}, held ones too, the longest overdue first:
     * {@code page} from 1 (past the end: the last), {@code size} records to a page (1 to {@link #MAX_PAGE_SIZE}).
     * Audited with the ids of that page only (the list can hold thousands of records; each id is named in the trail
     * when a coordinator is shown it), with the whole list's counts.
     */
    ReviewPage review(int page, int size);

    /** How many records past their date await a decision (not held). Not audited: a count. */
    int awaitingDecision();

    /** One record of the review list, or empty when no such person or not past its date. */
    Optional<ReviewEntry> entry(PersonId person);

    /**
     * Holds a record past its date, with the kind and reason (required, up to 500 characters; name no one).
     *
     * @throws org.hearth.platform.InvalidInputException naming {@code kind}, {@code reason}
     * @throws java.util.NoSuchElementException not on the review list
     */
    Hold hold(PersonId person, HoldKind kind, String reason);

    /** Releases a hold: the record is back on the list for a decision. */
    void release(UUID hold);

    /**
     * Erases a record on the review list that no hold keeps, after the coordinator has confirmed: everywhere, in one
     * transaction, leaving a tombstone with the rule and the coordinator.
     *
     * @throws org.hearth.platform.InvalidInputException {@code confirm} not given, or the record is held
     * @throws java.util.NoSuchElementException not on the review list (no such person, or not past its date)
     */
    Erased erase(PersonId person, boolean confirm);

    /** Erased records, newest first. */
    List<Erased> erased();
}
