package org.hearth.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.casework.CaseworkInsights;
import org.hearth.casework.ServiceFigures;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.springframework.stereotype.Component;

/**
 * The case-holding services' figures on the dashboard and in the board report, in place of the front door's
 * stand-ins: first contact within each service's target, engagement, cases closed with outcomes at exit and risk lower
 * at exit than at intake, and a table by service with capacity against the SafeLives guide. Every count goes through
 * {@link Suppression}. Services are the partnership's: the figures are shown for the whole partnership only.
 */
@Component
class CaseworkIndicators extends SectionIndicators {

    private final CaseworkInsights insights;

    CaseworkIndicators(CaseworkInsights insights) {
        super(Section.CASEWORK);
        this.insights = insights;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        List<ServiceFigures> services = areaId == null ? insights.figures(from, to) : List.of();
        if (services.isEmpty()) {
            return Figures.NONE;
        }
        long referred = services.stream().mapToLong(ServiceFigures::referred).sum();
        long inTarget = services.stream().mapToLong(ServiceFigures::contactedInTarget).sum();
        long engaged = services.stream().mapToLong(ServiceFigures::engaged).sum();
        long closed = services.stream().mapToLong(ServiceFigures::closed).sum();
        long withExit = services.stream().mapToLong(ServiceFigures::closedWithExit).sum();
        long compared = services.stream().mapToLong(ServiceFigures::riskCompared).sum();
        long lower = services.stream().mapToLong(ServiceFigures::riskLower).sum();
        Suppression.Count referredCount = Suppression.single(referred);
        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline("casework-referred", "Cases referred to the services",
                referredCount.cell(), "Referred in the period"));
        headlines.add(headline("casework-contact-in-target", "First contact within target",
                Suppression.percent(Suppression.single(inTarget), referredCount),
                "Of the cases referred in the period, contacted by the service's target date"));
        headlines.add(headline("casework-engaged", "Engaged", Suppression.percent(
                Suppression.single(engaged), referredCount), "Of the cases referred in the period"));
        headlines.add(headline("casework-closed-with-exit", "Closed with outcomes at exit",
                Suppression.percent(Suppression.single(withExit), Suppression.single(closed)),
                "Of the cases closed in the period"));
        headlines.add(headline("casework-risk-lower", "Risk lower at exit",
                Suppression.percent(Suppression.single(lower), Suppression.single(compared)),
                "Of the cases closed with a risk assessment at intake and at exit"));
        long[][] counts = new long[services.size()][];
        for (int i = 0; i < services.size(); i++) {
            ServiceFigures f = services.get(i);
            counts[i] = new long[] {f.open(), f.referred(), f.contactedInTarget(), f.engaged(), f.closed()};
        }
        List<List<Suppression.Count>> suppressed = Suppression.table(counts, false);
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceFigures f = services.get(i);
            List<org.hearth.insights.Cell> cells = new ArrayList<>(suppressed.get(i).stream()
                    .map(Suppression.Count::cell).toList());
            cells.add(org.hearth.insights.Cell.text(f.band()));
            rows.add(new Table.Row(f.name(), cells));
        }
        Table table = table("casework-services", "Case-holding services",
                "Open cases now, and the cases referred, contacted within target, engaged and closed in the period, by"
                        + " service; capacity is open cases against the SafeLives guide for the service's hours"
                        + " (Room, Full or Over).",
                "Service", List.of("Open now", "Referred", "Contacted in target", "Engaged", "Closed", "Capacity"),
                rows, Table.ChartKind.BAR, List.of(1, 2, 3));
        return new Figures(headlines, List.of(table));
    }
}
