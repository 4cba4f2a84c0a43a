package org.hearth.insights;

import java.util.List;

/**
 * {@link IndicatorSource} for one {@link Section}: it holds the section and writes it on each headline and table it
 * makes, so a source states its section once. A source that reads its own tables by SQL extends
 * {@link SqlSectionIndicators}.
 */
public abstract class SectionIndicators implements IndicatorSource {

    private final Section section;

    protected SectionIndicators(Section section) {
        this.section = section;
    }

    @Override
    public final Section section() {
        return section;
    }

    /** A headline of this section. */
    protected final Headline headline(String id, String label, Cell value, String detail) {
        return new Headline(id, section.name(), label, value, detail);
    }

    /** A table of this section. */
    protected final Table table(String id, String title, String description, String rowHeading, List<String> columns,
            List<Table.Row> rows, Table.ChartKind chart, List<Integer> chartColumns) {
        return new Table(id, section.name(), title, description, rowHeading, columns, rows, chart, chartColumns);
    }
}
