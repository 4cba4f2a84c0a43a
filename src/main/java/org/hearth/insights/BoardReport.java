package org.hearth.insights;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A board report: a period (and optionally one area, null for the whole partnership) and the commentary written
 * for each {@link Section}. Its figures are computed when it is shown or downloaded.
 */
public record BoardReport(BoardReportId id, String title, LocalDate from, LocalDate to, UUID areaId,
        Map<Section, String> commentary) {

    public BoardReport {
        commentary = Map.copyOf(commentary);
    }

    public String commentary(Section section) {
        return commentary.getOrDefault(section, "");
    }
}
