package org.hearth.insights.internal;

import static org.hearth.insights.Suppression.percent;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.insights.Dimension;
import org.hearth.insights.Section;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table.ChartKind;
import org.hearth.insights.Table.Row;
import org.hearth.insights.Table;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.MaracCase;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;

/**
 * The equality tables as {@link EqualityTables} worked them out before 7 Dec 2026 (scale23), a category label and a
 * list look-up for each fact in each dimension: kept as the reference {@code EqualityTablesTest} compares the tables
 * with. Each indicator, and the triage outcomes, split by
 * one {@link Dimension} (area or an equality characteristic), small numbers suppressed.
 */
final class PerFactEqualityTables {

    private final IndicatorWork w;

    PerFactEqualityTables(IndicatorWork work) {
        this.w = work;
    }

    List<String> categories(Dimension d) {
        Set<String> present = new LinkedHashSet<>();
        w.referrals.forEach(r -> present.add(Categories.of(d, r.area(), r.equality(), w.areaNames)));
        w.highRisk.forEach(f -> present.add(Categories.of(d, f.area(), f.equality(), w.areaNames)));
        w.highRiskLastYear.forEach(f -> present.add(Categories.of(d, f.area(), f.equality(), w.areaNames)));
        w.marac.cases().forEach(c -> present.add(Categories.of(d, c.area(), c.equality(), w.areaNames)));
        if (d == Dimension.AREA) {
            w.areas.stream().filter(a -> w.area == null || a.id().equals(w.area.id()))
                    .forEach(a -> present.add(a.name()));
        }
        return Categories.ordered(d, present, w.areas.stream().map(Area::name).toList());
    }

    Table split(Dimension d) {
        List<String> cats = categories(d);
        int n = cats.size();
        // counts: referrals, police incidents, victims, repeat victims, children present, high-risk, last year,
        // MARAC cases discussed, MARAC repeats
        long[][] counts = new long[n][9];
        List<List<Long>> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            days.add(new ArrayList<>());
        }
        for (ReferralFact r : w.referrals) {
            int i = cats.indexOf(Categories.of(d, r.area(), r.equality(), w.areaNames));
            counts[i][0]++;
            counts[i][1] += r.police() ? 1 : 0;
            counts[i][4] += r.childrenPresent() ? 1 : 0;
            if (r.triagedOn() != null) {
                days.get(i).add(Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), r.triagedOn())));
            }
        }
        for (MaracCase c : w.marac.cases()) {
            int i = cats.indexOf(Categories.of(d, c.area(), c.equality(), w.areaNames));
            counts[i][7]++;
            counts[i][8] += c.repeat() ? 1 : 0;
        }
        Set<UUID> repeats = w.repeatVictims();
        w.victims().values().forEach(v -> {
            int i = cats.indexOf(Categories.of(d, v.area(), v.equality(), w.areaNames));
            counts[i][2]++;
            counts[i][3] += repeats.contains(v.victim()) ? 1 : 0;
        });
        distinctBy(w.highRisk, d).forEach((cat, victims) -> counts[cats.indexOf(cat)][5] = victims.size());
        distinctBy(w.highRiskLastYear, d).forEach((cat, victims) -> counts[cats.indexOf(cat)][6] = victims.size());
        List<List<Count>> c = Suppression.table(counts, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Count> row = c.get(i);
            rows.add(new Row(cats.get(i), List.of(row.get(0).cell(), row.get(1).cell(), row.get(2).cell(),
                    percent(row.get(3), row.get(2)), percent(row.get(4), row.get(0)), row.get(5).cell(),
                    row.get(6).cell(), row.get(7).cell(), percent(row.get(8), row.get(7)),
                    Suppression.median(days.get(i), ""))));
        }
        return new Table("split-" + d.slug(), Section.EQUALITY.name(), "Indicators by " + d.label().toLowerCase(Locale.UK),
                d == Dimension.AREA ? "Each indicator for each area of the partnership (the area of the referral; a "
                        + "victim counts in the area of their latest referral)."
                        : "Each indicator by the victim's " + d.label().toLowerCase(Locale.UK)
                                + " as recorded (age at the referral or assessment).",
                d.label(), List.of("Referrals", "Police incidents", "Victims", "Repeat victims (%)",
                        "Children present (%)", "High-risk victims", "High-risk, same period last year",
                        "MARAC cases discussed", "MARAC repeat rate", "Median days to triage decision"),
                rows, ChartKind.BAR, List.of(0));
    }

    Map<String, Set<UUID>> distinctBy(List<HighRiskFact> facts, Dimension d) {
        Map<String, Set<UUID>> by = new HashMap<>();
        // a victim assessed more than once counts once, under their latest assessment's category
        Map<UUID, HighRiskFact> latest = new HashMap<>();
        facts.forEach(f -> latest.merge(f.victim(), f, (a, b) -> b.assessedOn().isAfter(a.assessedOn()) ? b : a));
        latest.values().forEach(f -> by.computeIfAbsent(Categories.of(d, f.area(), f.equality(), w.areaNames),
                k -> new HashSet<>()).add(f.victim()));
        return by;
    }

    Table outcomesBy(Dimension d) {
        List<String> cats = categories(d);
        List<String> labels = IndicatorTables.outcomeLabels();
        long[][] counts = new long[cats.size()][labels.size()];
        for (ReferralFact r : w.referrals) {
            counts[cats.indexOf(Categories.of(d, r.area(), r.equality(), w.areaNames))][IndicatorTables.outcomeIndex(r)]++;
        }
        List<List<Count>> c = Suppression.table(counts, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            rows.add(new Row(cats.get(i), c.get(i).stream().map(Count::cell).toList()));
        }
        return new Table("outcomes-" + d.slug(), Section.EQUALITY.name(),
                "Triage outcomes by " + d.label().toLowerCase(Locale.UK),
                "What the hub decided, by the victim's " + d.label().toLowerCase(Locale.UK)
                        + " (outcomes at case closure once casework is in Hearth).",
                d.label(), labels, rows, ChartKind.NONE, List.of());
    }
}
