package org.hearth.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The indicators for a period (and optionally one area), every figure already suppressed: safe to show anyone
 * who may see insights, in any format.
 *
 * @param areaId null for the whole partnership
 * @param population the population the rates use (the area's, or the partnership's), null when not recorded
 */
public record IndicatorReport(LocalDate from, LocalDate to, UUID areaId, String areaName, Integer population,
        List<Headline> headlines, List<Table> tables) {

    public IndicatorReport {
        headlines = List.copyOf(headlines);
        tables = List.copyOf(tables);
    }

    public List<Headline> headlines(Section section) {
        return headlines.stream().filter(h -> h.section().equals(section.name())).toList();
    }

    public List<Table> tables(Section section) {
        return tables.stream().filter(t -> t.section().equals(section.name())).toList();
    }

    public java.util.Optional<Table> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public java.util.Optional<Headline> headline(String id) {
        return headlines.stream().filter(h -> h.id().equals(id)).findFirst();
    }
}
