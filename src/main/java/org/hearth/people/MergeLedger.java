package org.hearth.people;

import java.util.List;

/**
 * Moves rows from the merged-away person to the survivor during a merge, and records each one so that an unmerge
 * restores it exactly. Table and column names are code constants (checked as plain identifiers).
 */
public interface MergeLedger {

    MergeId merge();

    /**
     * Points {@code column} of every row of {@code table} that refers to the merged-away person at the survivor,
     * recording each row by its {@code key} columns (as they are after the move). Rows for which {@code conflict}
     * holds (SQL over the row aliased {@code r}, with {@code :from} and {@code :to} for the two persons; e.g. the
     * survivor already has the same row) are removed instead, and kept whole so an unmerge puts them back.
     *
     * @return the number of rows moved
     */
    int move(String table, String column, List<String> key, String conflict);
}
