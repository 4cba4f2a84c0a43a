package org.hearth.insights.internal;

import static org.hearth.insights.Suppression.group;
import static org.hearth.insights.Suppression.percent;
import static org.hearth.insights.Suppression.single;
import static org.hearth.insights.internal.ComputedIndicators.NOT_DECIDED;
import static org.hearth.insights.internal.ComputedIndicators.TRIAGE_BANDS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.insights.Cell;
import org.hearth.insights.Dimension;
import org.hearth.insights.Indicators;
import org.hearth.insights.Section;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table.ChartKind;
import org.hearth.insights.Table.Row;
import org.hearth.insights.Table;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.MaracCase;
import org.hearth.insights.internal.IndicatorQueries.ResearchFact;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;
import org.hearth.referrals.TriageOutcome;

/**
 * The tables of one report: by month, agency, area, high risk, MARAC, triage and outcomes; each equality split from
 * {@link EqualityTables}.
 */
final class IndicatorTables extends IndicatorWork {

    IndicatorTables(LocalDate from, LocalDate to, LocalDate lastFrom, LocalDate lastTo, List<ReferralFact> referrals,
            List<HighRiskFact> highRisk, List<HighRiskFact> highRiskLastYear, List<Area> areas,
            Map<UUID, String> areaNames, Integer population, Area area, MaracFacts marac) {
        super(from, to, lastFrom, lastTo, referrals, highRisk, highRiskLastYear, areas, areaNames, population, area,
                marac);
    }

    List<Table> tables() {
        List<Table> t = new ArrayList<>();
        t.add(byMonth());
        t.add(byAgency());
        t.add(byArea());
        t.add(highRiskByMonth());
        t.add(maracByMonth());
        t.add(maracByAgency());
        t.add(researchByAgency());
        t.add(triageTime());
        t.add(outcomes());
        EqualityTables equality = new EqualityTables(this);
        for (Dimension d : Dimension.values()) {
            t.add(equality.split(d));
            t.add(equality.outcomesBy(d));
        }
        return t;
    }

    Table byMonth() {
        long[][] parts = new long[months.size()][2];
        long[] all = new long[months.size()];
        for (ReferralFact r : referrals) {
            int i = months.indexOf(YearMonth.from(r.receivedOn()));
            parts[i][r.police() ? 0 : 1]++;
            all[i]++;
        }
        List<List<Count>> cells = Suppression.table(parts, true);
        List<Count> totals = group(all);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new Row(monthLabel(months.get(i)), List.of(cells.get(i).get(0).cell(),
                    cells.get(i).get(1).cell(), totals.get(i).cell())));
        }
        return new Table("by-month", Section.VOLUME.name(), "Incidents and referrals by month",
                "Referrals received each month: police incidents and referrals from partner agencies.", "Month",
                List.of("Police incidents", "Partner-agency referrals", "All referrals"), rows, ChartKind.LINE,
                List.of(0, 1));
    }

    Table byAgency() {
        List<Row> rows = countsMostFirst(referrals.stream().map(ReferralFact::agencyName).toList());
        return new Table("by-agency", Section.VOLUME.name(), "Referrals by agency",
                "Referrals received in the period from each agency, most first.", "Agency",
                List.of("Referrals", "Share of all referrals"), rows, ChartKind.BAR, List.of(0));
    }

    Table byArea() {
        List<String> labels = new ArrayList<>();
        List<Integer> pops = new ArrayList<>();
        for (Area a : areas) {
            if (area == null || a.id().equals(area.id())) {
                labels.add(a.name());
                pops.add(a.population());
            }
        }
        boolean unrecorded = referrals.stream().anyMatch(r -> r.area() == null || !areaNames.containsKey(r.area()));
        if (unrecorded) {
            labels.add(Categories.NOT_RECORDED);
            pops.add(null);
        }
        long[][] counts = new long[labels.size()][2];
        for (ReferralFact r : referrals) {
            String label = Categories.of(Dimension.AREA, r.area(), r.equality(), areaNames);
            int i = labels.indexOf(label);
            if (i >= 0) {
                counts[i][0] += r.police() ? 1 : 0;
                counts[i][1]++;
            }
        }
        List<List<Count>> cells = Suppression.table(counts, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer pop = pops.get(i);
            rows.add(new Row(labels.get(i), List.of(cells.get(i).get(0).cell(),
                    pop == null ? Cell.none() : Cell.shown(String.format(Locale.UK, "%,d", pop), pop),
                    Suppression.rate(cells.get(i).get(0), pop, 1000), cells.get(i).get(1).cell(),
                    Suppression.rate(cells.get(i).get(1), pop, 1000))));
        }
        return new Table("by-area", Section.VOLUME.name(), "Rates per 1,000 population by area",
                "Police incidents and all referrals in the period for every 1,000 people living in each area.",
                "Area", List.of("Police incidents", "Population", "Police incidents per 1,000", "All referrals",
                        "Referrals per 1,000"), rows, ChartKind.BAR, List.of(2));
    }

    Table highRiskByMonth() {
        long[][] counts = new long[months.size()][2];
        Map<YearMonth, Set<UUID>> now = new HashMap<>();
        Map<YearMonth, Set<UUID>> before = new HashMap<>();
        highRisk.forEach(f -> now.computeIfAbsent(YearMonth.from(f.assessedOn()), k -> new HashSet<>()).add(f.victim()));
        highRiskLastYear.forEach(f -> before.computeIfAbsent(YearMonth.from(f.assessedOn()).plusYears(1),
                k -> new HashSet<>()).add(f.victim()));
        for (int i = 0; i < months.size(); i++) {
            counts[i][0] = now.getOrDefault(months.get(i), Set.of()).size();
            counts[i][1] = before.getOrDefault(months.get(i), Set.of()).size();
        }
        List<List<Count>> cells = Suppression.table(counts, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new Row(monthLabel(months.get(i)), List.of(cells.get(i).get(0).cell(), cells.get(i).get(1).cell())));
        }
        return new Table("high-risk-by-month", Section.HIGH_RISK.name(),
                "High-risk victims by month, against the same month last year",
                "Victims with a risk assessment graded high in each month, and in the same month a year before.",
                "Month", List.of("This period", "Same month last year"), rows, ChartKind.LINE, List.of(0, 1));
    }

    Table maracByMonth() {
        long[][] counts = new long[months.size()][2];
        for (MaracCase c : marac.cases()) {
            int i = months.indexOf(YearMonth.from(c.meetsOn()));
            counts[i][0]++;
            counts[i][1] += c.repeat() ? 1 : 0;
        }
        List<List<Count>> cells = Suppression.table(counts, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new Row(monthLabel(months.get(i)), List.of(cells.get(i).get(0).cell(),
                    cells.get(i).get(1).cell(), percent(cells.get(i).get(1), cells.get(i).get(0)))));
        }
        return new Table("marac-by-month", Section.MARAC.name(), "MARAC cases discussed and repeats by month",
                "Cases discussed at the MARAC meetings held each month (repeats included), and the repeats among them: "
                        + "the same victim and perpetrator within 12 months of the last referral to MARAC.",
                "Month", List.of("Cases discussed", "Repeats", "Repeat rate"), rows, ChartKind.BAR, List.of(0, 1));
    }

    Table maracByAgency() {
        List<Row> rows = countsMostFirst(marac.cases().stream().map(MaracCase::agencyName).toList());
        return new Table("marac-by-agency", Section.MARAC.name(), "MARAC cases by referring agency",
                "Cases discussed in the period by the agency that referred them to MARAC, most first.", "Agency",
                List.of("Cases discussed", "Share"), rows, ChartKind.BAR, List.of(0));
    }

    /** A row per name with its count and its share of all, most first (ties by name), small numbers suppressed. */
    private static List<Row> countsMostFirst(List<String> names) {
        Map<String, Long> by = names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        List<String> sorted = by.keySet().stream()
                .sorted(Comparator.comparing((String n) -> -by.get(n)).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<Count> cells = group(sorted.stream().mapToLong(by::get).toArray());
        Count all = single(names.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            rows.add(new Row(sorted.get(i), List.of(cells.get(i).cell(), percent(cells.get(i), all))));
        }
        return rows;
    }

    Table researchByAgency() {
        Map<String, long[]> by = new java.util.TreeMap<>();
        for (ResearchFact f : marac.research()) {
            long[] c = by.computeIfAbsent(f.agencyName(), k -> new long[2]);
            c[0]++;
            c[1] += f.returnedOnTime() ? 1 : 0;
        }
        List<String> names = new ArrayList<>(by.keySet());
        long[][] counts = names.stream().map(by::get).toArray(long[][]::new);
        List<List<Count>> cells = Suppression.table(counts, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new Row(names.get(i), List.of(cells.get(i).get(0).cell(), cells.get(i).get(1).cell(),
                    percent(cells.get(i).get(1), cells.get(i).get(0)))));
        }
        return new Table("marac-research", Section.MARAC.name(), "MARAC research returned on time, by agency",
                "Research tasks of the cases discussed in the period, and those the agency returned by the day they "
                        + "were due (2 working days before the meeting).",
                "Agency", List.of("Research tasks", "Returned on time", "On time"), rows, ChartKind.NONE, List.of());
    }

    Table triageTime() {
        long[] counts = new long[TRIAGE_BANDS.size() + 1];
        for (ReferralFact r : referrals) {
            counts[r.triagedOn() == null ? TRIAGE_BANDS.size()
                    : band(ChronoUnit.DAYS.between(r.receivedOn(), r.triagedOn()))]++;
        }
        List<Count> cells = group(counts);
        Count all = single(referrals.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(new Row(i < TRIAGE_BANDS.size() ? TRIAGE_BANDS.get(i) : NOT_DECIDED,
                    List.of(cells.get(i).cell(), percent(cells.get(i), all))));
        }
        return new Table("triage-time", Section.TRIAGE.name(),
                "Time to triage decision (first contact recorded once casework is in Hearth)",
                "Days from the referral being received to the hub's triage decision.", "Time",
                List.of("Referrals", "Share"), rows, ChartKind.BAR, List.of(0));
    }

    static int band(long days) {
        if (days <= 0) {
            return 0;
        }
        if (days == 1) {
            return 1;
        }
        if (days <= 3) {
            return 2;
        }
        return days <= 7 ? 3 : 4;
    }

    static int outcomeIndex(ReferralFact r) {
        return r.outcome() == null ? TriageOutcome.values().length : TriageOutcome.valueOf(r.outcome()).ordinal();
    }

    static List<String> outcomeLabels() {
        List<String> labels = new ArrayList<>();
        for (TriageOutcome o : TriageOutcome.values()) {
            labels.add(o.label());
        }
        labels.add(NOT_DECIDED);
        return labels;
    }

    Table outcomes() {
        long[] counts = new long[TriageOutcome.values().length + 1];
        referrals.forEach(r -> counts[outcomeIndex(r)]++);
        List<Count> cells = group(counts);
        Count all = single(referrals.size());
        List<String> labels = outcomeLabels();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(new Row(labels.get(i), List.of(cells.get(i).cell(), percent(cells.get(i), all))));
        }
        return new Table("outcomes", Section.OUTCOMES.name(),
                "Triage outcomes (outcomes at case closure recorded once casework is in Hearth)",
                "What the hub decided for the referrals received in the period.", "Outcome",
                List.of("Referrals", "Share"), rows, ChartKind.BAR, List.of(0));
    }
}
