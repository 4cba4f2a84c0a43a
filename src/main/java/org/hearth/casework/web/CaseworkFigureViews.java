package org.hearth.casework.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hearth.casework.OutcomeAnswer;
import org.hearth.casework.OutcomeMeasure;
import org.hearth.casework.ServiceFigures;
import org.hearth.insights.Cell;
import org.hearth.insights.Suppression;

/**
 * Casework figures as tables: capacity and first contact, and outcomes at exit, per service. For the partnership's
 * insights every count goes through {@code insights.Suppression} ("&lt;5"; a percentage or median only from counts
 * shown); a service's managers see their own service's figures as they are.
 */
final class CaseworkFigureViews {

    private CaseworkFigureViews() {
    }

    record Table(List<String> heads, List<List<String>> rows) {
    }

    static Table capacity(List<ServiceFigures> services, boolean suppress) {
        List<String> heads = List.of("Service", "Open cases", "Workers (FTE)", "Open cases per FTE",
                "Guide for these hours", "Referred in the period", "First contact within target",
                "First contact late", "No first contact yet", "Median days to first contact", "Engaged");
        List<List<String>> rows = new ArrayList<>();
        for (ServiceFigures f : services) {
            Suppression.Count open = count(f.open(), suppress);
            Suppression.Count referred = count(f.referred(), suppress);
            Suppression.Count inTarget = count(f.contactedInTarget(), suppress);
            long contacted = f.contactedInTarget() + f.contactedLate();
            String perFte = f.perFte() == null ? Cell.NONE_TEXT : !open.shown() ? Cell.HIDDEN_TEXT
                    : BigDecimal.valueOf(f.perFte()).setScale(1, RoundingMode.HALF_UP).toPlainString();
            String median = f.medianDaysToContact() == null ? Cell.NONE_TEXT
                    : suppress && contacted < Suppression.THRESHOLD ? Cell.HIDDEN_TEXT
                    : BigDecimal.valueOf(f.medianDaysToContact()).stripTrailingZeros().toPlainString() + " days";
            rows.add(List.of(f.name(), open.cell().text(), f.fte().stripTrailingZeros().toPlainString(), perFte,
                    f.guideLow() + "-" + f.guideHigh() + " (" + f.band() + ")", referred.cell().text(),
                    withPercent(inTarget, referred), count(f.contactedLate(), suppress).cell().text(),
                    count(f.notContacted(), suppress).cell().text(), median,
                    withPercent(count(f.engaged(), suppress), referred)));
        }
        return new Table(heads, rows);
    }

    static Table outcomes(List<ServiceFigures> services, List<OutcomeMeasure> measures, boolean suppress) {
        List<String> heads = new ArrayList<>(List.of("Service", "Closed in the period", "With exit outcomes"));
        for (OutcomeMeasure m : measures) {
            heads.add(m.kind() == OutcomeMeasure.Kind.ABUSE ? m.label() + ": stopped or reduced, of those present"
                    : m.label() + ": yes");
        }
        heads.add("Risk lower at exit than at intake");
        List<List<String>> rows = new ArrayList<>();
        for (ServiceFigures f : services) {
            List<String> row = new ArrayList<>();
            row.add(f.name());
            Suppression.Count closed = count(f.closed(), suppress);
            row.add(closed.cell().text());
            row.add(withPercent(count(f.closedWithExit(), suppress), closed));
            for (OutcomeMeasure m : measures) {
                if (m.kind() == OutcomeMeasure.Kind.ABUSE) {
                    long better = f.answered(m.code(), OutcomeAnswer.STOPPED) + f.answered(m.code(), OutcomeAnswer.REDUCED);
                    long present = better + f.answered(m.code(), OutcomeAnswer.PRESENT);
                    row.add(withPercent(count(better, suppress), count(present, suppress)));
                } else {
                    long yes = f.answered(m.code(), OutcomeAnswer.YES);
                    long answered = yes + f.answered(m.code(), OutcomeAnswer.PARTLY) + f.answered(m.code(), OutcomeAnswer.NO);
                    row.add(withPercent(count(yes, suppress), count(answered, suppress)));
                }
            }
            row.add(withPercent(count(f.riskLower(), suppress), count(f.riskCompared(), suppress)));
            rows.add(row);
        }
        return new Table(heads, rows);
    }

    private static Suppression.Count count(long n, boolean suppress) {
        return suppress ? Suppression.single(n) : new Suppression.Count(n, Cell.Status.SHOWN);
    }

    /** "12 (40.0%)", the count as shown and its share of the whole when both are shown. */
    private static String withPercent(Suppression.Count part, Suppression.Count whole) {
        Cell pct = Suppression.percent(part, whole);
        return part.cell().text() + (pct.status() == Cell.Status.SHOWN ? " (" + pct.text() + ")" : "");
    }
}
