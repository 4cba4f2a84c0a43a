package org.hearth.platform.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A part of a register page (overdue, still open, closed): the id that names its heading ({@code id-heading}), its
 * table ({@code id}) and the line shown when it is empty ({@code no-id}), its heading, those words, and its rows, as
 * {@code platform/register :: clockSections} shows them.
 */
public record ClockSection(String id, String heading, String none, List<ClockRow> rows) {

    /** The section of the {@code records} that are {@code in} it, each as a row, in the records' order. */
    public static <T> ClockSection of(String id, String heading, String none, List<T> records, Predicate<T> in,
            Function<T, ClockRow> row) {
        return new ClockSection(id, heading, none, records.stream().filter(in).map(row).toList());
    }
}
