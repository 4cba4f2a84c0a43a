package org.hearth.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Board reports: a period, commentary per section, and the report as PDF or XLSX. Every change is audited. */
public interface BoardReports {

    /** Fails with {@link IllegalArgumentException} when the title is blank or too long, or the period is wrong. */
    BoardReport create(String title, LocalDate from, LocalDate to, UUID areaId);

    Optional<BoardReport> find(BoardReportId id);

    /** Every report, latest first. */
    List<BoardReport> all();

    /** Saves the commentary of the sections given (a blank text clears it); each up to 10,000 characters. */
    BoardReport comment(BoardReportId id, Map<Section, String> commentary);

    /** The report as a PDF: the indicators, the BVPI 225 score and the strategy status, with the commentary. */
    byte[] pdf(BoardReportId id);

    /** The same as an Excel workbook: a sheet of headlines and commentary, one per table. */
    byte[] xlsx(BoardReportId id);
}
