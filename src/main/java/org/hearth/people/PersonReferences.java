package org.hearth.people;

/**
 * Rows of a module that refer to a person (referrals as victim, perpetrator or child; risk assessments...), which
 * a merge carries from the merged-away record to the survivor. People knows nothing of those tables (arrows point
 * downward), so each module implements this and says which columns to move; {@link MergeLedger} moves them and
 * records exactly which rows moved, so that an unmerge puts back exactly those rows. Called in the merge's
 * transaction, with {@code hearth.person_merge} set for it (a module's append-only triggers may let a person
 * column move while it is set).
 */
public interface PersonReferences {

    /** Moves every row of this module that refers to {@code from} so that it refers to {@code to}. */
    void move(PersonId from, PersonId to, MergeLedger ledger);
}
