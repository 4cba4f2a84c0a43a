package org.hearth.disclosure;

import java.time.LocalDate;
import java.util.Map;

/**
 * Raw counts for a period (applications received between two days), by route: how many, how many were disclosed,
 * not disclosed or are still open, how many closed within 28 days, and the days taken by the closed ones. Figures
 * only, never a person: the page suppresses small numbers before showing them.
 */
public record DisclosureFigures(LocalDate from, LocalDate to, Map<Route, Row> byRoute) {

    public record Row(long received, long disclosed, long notDisclosed, long open, long closedWithinTarget,
            long totalDaysClosed) {
    }
}
