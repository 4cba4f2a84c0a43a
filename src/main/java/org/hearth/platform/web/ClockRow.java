package org.hearth.platform.web;

import java.util.List;

/**
 * A row of a register of records kept against a clock (Clare's Law applications, death reviews, subject access
 * requests): the record's reference linking to its page, the cells between as text, and the clock's words in a tag
 * of its colour (a GOV.UK tag colour: red overdue, orange close, blue running, grey closed). The page shows the rows
 * with {@code platform/register :: clockTable}.
 */
public record ClockRow(String href, String reference, List<String> cells, String clock, String colour) {

    /** The cells in order; a null cell (a value not recorded) shows empty. */
    public ClockRow(String href, String reference, String clock, String colour, String... cells) {
        this(href, reference, java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells.clone())), clock,
                colour);
    }
}
