package org.hearth.platform;

import java.util.List;

/**
 * One list of the home page's "My work": a title, a one-line summary (counts), up to a few rows, and a link to
 * the whole list.
 *
 * @param order where it goes on the page (lower first; the most urgent work first)
 * @param href the page with all of it, or null
 */
public record WorkList(int order, String title, String summary, List<WorkRow> rows, String href, String hrefLabel) {

    public WorkList {
        rows = List.copyOf(rows);
    }

    /** One row: what, where to open it (null: no link), a detail such as a date, and a tag with its colour. */
    public record WorkRow(String label, String href, String detail, String tag, String tagColour) {
    }
}
