package org.hearth.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Figures another module adds to the insights dashboard, its API and every board report (PDF and workbook): a bean
 * in that module, in the {@link Section} it names, after the figures insights computes itself. Each figure must
 * already be suppressed with {@link Suppression} (counts from 1 to 4 as "&lt;5" and so on): what a source returns
 * is shown to analysts as it is. Read when a report is put together, which is at most once per period and area
 * within {@code hearth.insights.max-staleness} (60 s) unless insights' read models change: keep it to a few aggregate
 * queries, and expect a change to show within that bound. {@link SectionIndicators} holds the section and writes it on
 * each headline and table ({@link SqlSectionIndicators} the module's {@code JdbcClient} too).
 */
public interface IndicatorSource {

    /** The section the figures belong to (their commentary in a board report is that section's). */
    Section section();

    /**
     * The headlines and tables for referrals or activity from {@code from} to {@code to} inclusive, in one area or
     * (null) the whole partnership. Each headline's and table's {@code section} is {@code section().name()}.
     */
    Figures figures(LocalDate from, LocalDate to, UUID areaId);

    /** A source's figures. */
    record Figures(List<Headline> headlines, List<Table> tables) {

        /** No figures: for one area when a source's figures are the whole partnership's only, or nothing to show. */
        public static final Figures NONE = new Figures(List.of(), List.of());

        public Figures {
            headlines = List.copyOf(headlines);
            tables = List.copyOf(tables);
        }
    }
}
