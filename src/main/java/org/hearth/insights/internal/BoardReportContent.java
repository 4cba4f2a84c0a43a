package org.hearth.insights.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.platform.Dates;
import org.hearth.insights.BoardReport;
import org.hearth.insights.IndicatorReport;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.StrategyOverview;

/** Everything a board report document holds, already suppressed: what the PDF and the workbook are made from. */
record BoardReportContent(String partnership, BoardReport report, IndicatorReport indicators,
        Optional<Bvpi225Assessment> bvpi225, List<Bvpi225Assessment> bvpi225History,
        Optional<StrategyOverview> strategy, LocalDate madeOn) {

    static final DateTimeFormatter DATE = Dates.DAY;

    String period() {
        return DATE.format(report.from()) + " to " + DATE.format(report.to());
    }

    String scope() {
        return indicators.areaName() == null ? "Whole partnership" : "Area: " + indicators.areaName();
    }

    static final String SUPPRESSION = "Figures only, never a person. A count from 1 to 4 is shown as \"<5\". Where "
            + "a hidden count could be worked out from a total, the next smallest counts are hidden too, shown as "
            + "\"[c]\", until at least two are hidden and they add up to 10 or more. A percentage or rate is shown only "
            + "when the counts it comes from are shown; a median only when it is of 5 or more. \"–\" means there is "
            + "nothing to show.";

    String bvpi225Text() {
        return bvpi225.map(a -> a.period() + ": " + a.score().text() + ", " + a.status().label().toLowerCase(Locale.UK)
                + (a.reportedOn() != null ? " on " + DATE.format(a.reportedOn()) : "") + " (revision " + a.revision()
                + ")").orElse("No BVPI 225 self-assessment covers this period.");
    }
}
