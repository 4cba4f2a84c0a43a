package org.hearth.insights;

import java.util.List;

/**
 * A table of suppressed figures: the truth behind each chart. {@code chartColumns} are the columns a chart plots
 * (none: no chart); {@code chart} says how.
 */
public record Table(String id, String section, String title, String description, String rowHeading,
        List<String> columns, List<Row> rows, ChartKind chart, List<Integer> chartColumns) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        chartColumns = List.copyOf(chartColumns);
    }

    /** One row: its label and a cell per column. */
    public record Row(String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** How a table is drawn. */
    public enum ChartKind {
        NONE, BAR, LINE
    }
}
