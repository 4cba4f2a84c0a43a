package org.hearth.retention;

import java.util.List;

/**
 * A page of the retention review list, the longest overdue first: the records shown and the whole list's counts.
 *
 * @param entries the records on this page (at most {@code size})
 * @param page this page's number, from 1 (a page asked for past the end is the last)
 * @param size records to a page
 * @param total records past their retention date, held ones too
 * @param awaitingDecision of them, those no hold keeps
 */
public record ReviewPage(List<ReviewEntry> entries, int page, int size, int total, int awaitingDecision) {

    public ReviewPage {
        entries = List.copyOf(entries);
    }

    /** How many pages the list takes (1 when it is empty). */
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
