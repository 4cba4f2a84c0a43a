package org.hearth.people;

import java.util.List;
import java.util.Optional;

/**
 * Decisions about possible duplicates: the hub's work list, "same person: merge", "not the same person", and
 * unmerge. Only hub coordinators decide; nothing is ever merged automatically. Every decision is audited with
 * who, why and the ids, and merges publish {@link PersonsMerged} / {@link PersonsUnmerged}.
 */
public interface PersonMerges {

    /** A page of the pairs not yet decided, highest probability first (audited as a search). */
    List<PossibleDuplicate> possibleDuplicates(int offset, int limit);

    /** Pairs not yet decided. */
    long countPossibleDuplicates();

    /** The pair of these two records, if it was found (decided or not). */
    Optional<PossibleDuplicate> pair(PersonId a, PersonId b);

    /** How many undecided pairs name this person (what anyone may know: that a possible match exists). */
    int openPairsOf(PersonId person);

    /** The undecided pairs naming this person (for hub coordinators only). */
    List<PossibleDuplicate> openPairsWith(PersonId person);

    /**
     * Leaves a pair for the hub (the doors call this with the candidates they did not link). Keeps any decision
     * already made about the pair.
     */
    void propose(PersonId a, PersonId b, double probability, List<String> reasons);

    /** A pair for {@link #proposeAll}: what {@link #propose} is given. */
    record Proposal(PersonId a, PersonId b, double probability, List<String> reasons) {
    }

    /**
     * {@link #propose} for many pairs in one statement (the police import's chunk): the rows proposing each in turn
     * would leave (a pair named twice keeps its highest probability and that proposal's reasons).
     */
    void proposeAll(List<Proposal> proposals);

    /** Why these two records may not be merged without forcing: confirmed identities that disagree. */
    List<String> conflicts(PersonId a, PersonId b);

    /**
     * Merges {@code merged} into {@code survivor}: every referral, assessment, relationship, involvement, alias,
     * address, safe-contact rule and flag of the merged record now belongs to the survivor, and the merged record
     * stays as a tombstone pointing at it.
     *
     * @throws MergeRefusedException when the two have conflicting confirmed identities and it is not forced with a
     *                               reason, or one is already merged
     * @throws java.util.NoSuchElementException when either record does not exist
     * @throws IllegalArgumentException when the reason is missing
     */
    MergeId merge(PersonId survivor, PersonId merged, String reason, boolean force, String forceReason);

    /** Undoes a merge: restores exactly the rows it moved and the merged record as it was. */
    void unmerge(MergeId merge, String reason);

    /** Remembers that the pair is not one person: never offered again. */
    void notTheSamePerson(PersonId a, PersonId b, String reason);

    /** A merge as recorded (audited as a read). */
    Optional<PersonMerge> find(MergeId merge);

    /** Merges into or out of this person, newest first. */
    List<PersonMerge> mergesOf(PersonId person);

    /** The record a tombstone was merged into (followed to the current survivor), if this one was merged away. */
    Optional<PersonId> survivorOf(PersonId person);

    /** Records whether the person's date of birth is confirmed (seen on a document or verified). */
    void confirmDateOfBirth(PersonId person, boolean confirmed);

    boolean dateOfBirthConfirmed(PersonId person);

    /** Starts a batch run of the engine over the whole register in the background; false if one is running. */
    boolean findDuplicates();

    /** The latest batch run, if any. */
    Optional<DuplicateRun> lastRun();

    /** A batch run over the register. */
    record DuplicateRun(long id, java.time.Instant startedAt, java.time.Instant finishedAt, String status,
            Integer persons, Integer pairs) {

        /** Refused before it started: the server's memory cannot hold a search of this many persons. */
        public boolean refused() {
            return "FAILED".equals(status) && persons != null && pairs == null;
        }
    }
}
