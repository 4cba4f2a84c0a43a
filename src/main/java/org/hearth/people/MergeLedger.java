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

    /** {@link #move} for a table whose rows are keyed by {@code id} and never conflict (each row is its own). */
    default int move(String table, String column) {
        return move(table, column, List.of("id"), null);
    }

    /**
     * {@link #move} for a link table keyed by {@code parent} and {@code column} (a referral's perpetrators): a link
     * whose parent the survivor is already linked to is removed instead.
     */
    default int moveLink(String table, String parent, String column) {
        return move(table, column, List.of(parent, column), "EXISTS (SELECT 1 FROM " + table + " o WHERE o." + parent
                + " = r." + parent + " AND o." + column + " = :to)");
    }
}
