package org.hearth.insights.internal;

import static org.hearth.insights.Suppression.group;
import static org.hearth.insights.Suppression.percent;
import static org.hearth.insights.Suppression.single;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hearth.platform.Dates;
import org.hearth.insights.Cell;
import org.hearth.insights.Dimension;
import org.hearth.insights.Headline;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.insights.Section;
import org.hearth.insights.Suppression;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Table;
import org.hearth.insights.Table.ChartKind;
import org.hearth.insights.Table.Row;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.referrals.TriageOutcome;
import java.util.Optional;
import org.hearth.strategy.Bvpi225Assessment;
import org.hearth.strategy.Bvpi225Assessments;
import org.hearth.strategy.StrategyOverview;
import org.hearth.strategy.StrategyStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the indicators from {@link IndicatorQueries}' rows, then suppresses every figure. Definitions:
 * <ul>
 * <li>a <b>police incident</b> is a referral from an agency of the police sector (by any door); a <b>partner-agency
 * referral</b> is one from any other agency;</li>
 * <li>a <b>repeat victim</b> is a victim referred in the period who had another referral in the 12 months before a
 * referral of theirs in the period;</li>
 * <li><b>high-risk victims identified</b>: distinct victims with a risk assessment graded high in the period;</li>
 * <li><b>MARAC</b> (until Hearth holds MARAC meetings): referrals the hub referred to MARAC; a repeat is one whose
 * victim had been referred to MARAC in the 12 months before (the SafeLives repeat criterion);</li>
 * <li><b>time to triage decision</b> stands in for time to first contact, and <b>triage outcomes</b> for outcomes at
 * case closure, until casework is in Hearth.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
class ComputedIndicators implements Indicators {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final String NOT_DECIDED = "Not yet decided";
    static final List<String> TRIAGE_BANDS = List.of("Same day", "1 day", "2 to 3 days", "4 to 7 days",
            "More than 7 days");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final DateTimeFormatter DATE = Dates.DAY;

    private final IndicatorQueries queries;
    private final Rollups rollups;
    private final Partnerships partnerships;
    /**
     * Reports computed from the read models, by period, area and the areas' names and populations, with the read
     * models' version they were computed at: a report is reused until the read models change (most requests ask for
     * the same default period). At most {@link #CACHED} reports are kept, least recently used dropped first.
     */
    private final Map<Key, Cached> reports = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
                    return size() > CACHED;
                }
            });
    static final int CACHED = 32;
    private final Object[] computing = new Object[16];

    {
        for (int i = 0; i < computing.length; i++) {
            computing[i] = new Object();
        }
    }

    private record Key(LocalDate from, LocalDate to, UUID area, List<Area> areas, Integer population) {
    }

    private record Cached(long version, IndicatorReport report) {
    }
    private final Bvpi225Assessments bvpi225;
    private final ObjectProvider<StrategyStatus> strategyStatus;

    ComputedIndicators(IndicatorQueries queries, Rollups rollups, Partnerships partnerships,
            Bvpi225Assessments bvpi225, ObjectProvider<StrategyStatus> strategyStatus) {
        this.queries = queries;
        this.rollups = rollups;
        this.partnerships = partnerships;
        this.bvpi225 = bvpi225;
        this.strategyStatus = strategyStatus;
    }

    @Override
    public Optional<Bvpi225Assessment> bvpi225(LocalDate from, LocalDate to) {
        List<Bvpi225Assessment> periods = bvpi225.periods();
        Optional<Bvpi225Assessment> covering = periods.stream()
                .filter(a -> !a.startsOn().isAfter(to) && !a.endsOn().isBefore(to)).findFirst();
        return covering.or(() -> periods.stream().filter(a -> !a.startsOn().isAfter(to) && !a.endsOn().isBefore(from))
                .max(Comparator.comparing(Bvpi225Assessment::endsOn)));
    }

    @Override
    public Optional<StrategyOverview> strategy(LocalDate on) {
        StrategyStatus status = strategyStatus.getIfAvailable();
        return status == null ? Optional.empty() : status.current(on);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public IndicatorReport report(LocalDate from, LocalDate to, UUID areaId) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("The period must start on or before its end");
        }
        if (ChronoUnit.YEARS.between(from, to) >= 10) {
            throw new IllegalArgumentException("The period can be at most 10 years");
        }
        List<Area> areas = partnerships.areas().stream().sorted(Comparator.comparing(a -> a.name().toLowerCase(Locale.UK)))
                .toList();
        Area area = null;
        if (areaId != null) {
            area = areas.stream().filter(a -> a.id().value().equals(areaId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No such area"));
        }
        Integer population = area != null ? area.population()
                : partnerships.current().map(p -> p.population()).orElse(null);
        Map<UUID, String> areaNames = new HashMap<>();
        areas.forEach(a -> areaNames.put(a.id().value(), a.name()));
        Key key = new Key(from, to, areaId, areas, population);
        Cached cached = reports.get(key);
        if (cached != null && cached.version() == rollups.version()) {
            return cached.report();
        }
        // one computation at a time per report: requests arriving meanwhile wait for it (holding no connection: this
        // method runs outside a transaction) rather than each scanning the same facts
        synchronized (computing[Math.floorMod(key.hashCode(), computing.length)]) {
            long version = rollups.version(); // read before the facts: a later change makes the report recomputed
            cached = reports.get(key);
            if (cached != null && cached.version() == version) {
                return cached.report();
            }
            IndicatorReport report = compute(from, to, areaId, areas, area, areaNames, population);
            reports.put(key, new Cached(version, report));
            return report;
        }
    }

    private IndicatorReport compute(LocalDate from, LocalDate to, UUID areaId, List<Area> areas, Area area,
            Map<UUID, String> areaNames, Integer population) {
        List<ReferralFact> referrals = queries.referrals(from, to, areaId);
        List<HighRiskFact> highRisk = queries.highRisk(from, to, areaId);
        LocalDate lastFrom = from.minusYears(1);
        LocalDate lastTo = to.minusYears(1);
        List<HighRiskFact> highRiskLastYear = queries.highRisk(lastFrom, lastTo, areaId);

        Work work = new Work(from, to, lastFrom, lastTo, referrals, highRisk, highRiskLastYear, areas, areaNames,
                population, area);
        return new IndicatorReport(from, to, areaId, area == null ? null : area.name(), population, work.headlines(),
                work.tables());
    }

    /** The computation for one report. */
    private static final class Work {

        final LocalDate from;
        final LocalDate to;
        final LocalDate lastFrom;
        final LocalDate lastTo;
        final List<ReferralFact> referrals;
        final List<HighRiskFact> highRisk;
        final List<HighRiskFact> highRiskLastYear;
        final List<Area> areas;
        final Map<UUID, String> areaNames;
        final Integer population;
        final Area area;
        final List<YearMonth> months = new ArrayList<>();

        Work(LocalDate from, LocalDate to, LocalDate lastFrom, LocalDate lastTo, List<ReferralFact> referrals,
                List<HighRiskFact> highRisk, List<HighRiskFact> highRiskLastYear, List<Area> areas,
                Map<UUID, String> areaNames, Integer population, Area area) {
            this.from = from;
            this.to = to;
            this.lastFrom = lastFrom;
            this.lastTo = lastTo;
            this.referrals = referrals;
            this.highRisk = highRisk;
            this.highRiskLastYear = highRiskLastYear;
            this.areas = areas;
            this.areaNames = areaNames;
            this.population = population;
            this.area = area;
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                months.add(m);
            }
        }

        long count(Predicate<ReferralFact> test) {
            return referrals.stream().filter(test).count();
        }

        /** Victims in the period with the facts of their latest referral (the area and equality data they count under). */
        private Map<UUID, ReferralFact> victims;
        private Set<UUID> repeatVictims;

        Map<UUID, ReferralFact> victims() {
            if (victims != null) {
                return victims;
            }
            Map<UUID, ReferralFact> latest = new LinkedHashMap<>();
            for (ReferralFact r : referrals) {
                latest.merge(r.victim(), r, (a, b) -> b.receivedOn().isAfter(a.receivedOn()) ? b : a);
            }
            victims = latest;
            return latest;
        }

        Set<UUID> repeatVictims() {
            if (repeatVictims == null) {
                repeatVictims = referrals.stream().filter(ReferralFact::repeatVictim).map(ReferralFact::victim)
                        .collect(Collectors.toSet());
            }
            return repeatVictims;
        }

        List<Headline> headlines() {
            List<Headline> h = new ArrayList<>();
            Count incidents = single(count(ReferralFact::police));
            Count partner = single(count(r -> !r.police()));
            Count all = single(referrals.size());
            String where = area == null ? "the partnership" : area.name();
            h.add(new Headline("police-incidents", Section.VOLUME.name(), "Police incidents", incidents.cell(),
                    "Referrals from the police, by any door (web form, API, incident import)"));
            h.add(new Headline("partner-referrals", Section.VOLUME.name(), "Referrals from partner agencies",
                    partner.cell(), "Referrals from every agency other than the police"));
            h.add(new Headline("referrals", Section.VOLUME.name(), "All referrals", all.cell(),
                    "Police incidents and partner-agency referrals received in the period"));
            h.add(new Headline("incident-rate", Section.VOLUME.name(), "Police incidents per 1,000 population",
                    Suppression.rate(incidents, population, 1000), population == null
                            ? "The population of " + where + " is not recorded (administrators record it under Partnership)"
                            : "Population of " + where + ": " + String.format(Locale.UK, "%,d", population)));

            Map<UUID, ReferralFact> victims = victims();
            Count victimCount = single(victims.size());
            Count repeat = single(repeatVictims().size());
            h.add(new Headline("repeat-victims", Section.REPEAT.name(), "Repeat victims", percent(repeat, victimCount),
                    repeat.cell().text() + " of " + victimCount.cell().text()
                            + " victims had also been referred in the 12 months before"));
            Count children = single(count(ReferralFact::childrenPresent));
            h.add(new Headline("children-present", Section.REPEAT.name(), "Referrals with children present",
                    percent(children, all), children.cell().text() + " of " + all.cell().text() + " referrals"));

            Count high = single(distinct(highRisk));
            Count highLast = single(distinct(highRiskLastYear));
            h.add(new Headline("high-risk", Section.HIGH_RISK.name(), "High-risk victims identified", high.cell(),
                    "Victims with a risk assessment graded high in the period. Same period last year ("
                            + DATE.format(lastFrom) + " to " + DATE.format(lastTo) + "): " + highLast.cell().text()));
            h.add(new Headline("high-risk-change", Section.HIGH_RISK.name(),
                    "High-risk victims against the same period last year", change(high, highLast),
                    highLast.raw() == 0 ? "No high-risk victims were identified in the same period last year"
                            : high.cell().text() + " against " + highLast.cell().text()));

            Count marac = single(count(r -> TriageOutcome.REFER_TO_MARAC.name().equals(r.outcome())));
            Count maracRepeat = single(count(ReferralFact::maracRepeat));
            h.add(new Headline("marac", Section.MARAC.name(), "MARAC referrals", marac.cell(),
                    "Referrals the hub referred to MARAC (MARAC meetings are not in Hearth yet)"));
            h.add(new Headline("marac-repeat", Section.MARAC.name(), "MARAC repeat rate", percent(maracRepeat, marac),
                    maracRepeat.cell().text() + " of " + marac.cell().text()
                            + " had been referred to MARAC in the 12 months before (SafeLives expects 28% to 40%)"));

            List<Long> days = triageDays(referrals);
            h.add(new Headline("triage-median", Section.TRIAGE.name(), "Median days to triage decision",
                    Suppression.median(days, ""),
                    "From referral received to the hub's decision; first contact will be recorded once casework is in Hearth"));
            Count decided = single(days.size());
            h.add(new Headline("decided", Section.OUTCOMES.name(), "Referrals decided", percent(decided, all),
                    decided.cell().text() + " of " + all.cell().text()
                            + " referrals have a triage outcome (outcomes at case closure once casework is in Hearth)"));
            return h;
        }

        static long distinct(List<HighRiskFact> facts) {
            return facts.stream().map(HighRiskFact::victim).distinct().count();
        }

        static Cell change(Count now, Count before) {
            if (before.raw() == 0) {
                return Cell.none();
            }
            if (!now.shown() || !before.shown()) {
                return Cell.hidden();
            }
            BigDecimal pct = BigDecimal.valueOf((now.raw() - before.raw()) * 100)
                    .divide(BigDecimal.valueOf(before.raw()), 1, RoundingMode.HALF_UP);
            return Cell.shown((pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%", pct);
        }

        static List<Long> triageDays(List<ReferralFact> facts) {
            return facts.stream().filter(r -> r.triagedOn() != null)
                    .map(r -> Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), r.triagedOn()))).toList();
        }

        String monthLabel(YearMonth m) {
            String label = MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
            boolean part = m.atDay(1).isBefore(from) || m.atEndOfMonth().isAfter(to);
            return part ? label + " (part)" : label;
        }

        List<Table> tables() {
            List<Table> t = new ArrayList<>();
            t.add(byMonth());
            t.add(byAgency());
            t.add(byArea());
            t.add(highRiskByMonth());
            t.add(maracByMonth());
            t.add(triageTime());
            t.add(outcomes());
            for (Dimension d : Dimension.values()) {
                t.add(split(d));
                t.add(outcomesBy(d));
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
            Map<String, Long> byAgency = referrals.stream().collect(Collectors.groupingBy(ReferralFact::agencyName,
                    Collectors.counting()));
            List<String> names = byAgency.keySet().stream()
                    .sorted(Comparator.comparing((String n) -> -byAgency.get(n)).thenComparing(Comparator.naturalOrder()))
                    .toList();
            long[] counts = names.stream().mapToLong(byAgency::get).toArray();
            List<Count> cells = group(counts);
            Count all = single(referrals.size());
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                rows.add(new Row(names.get(i), List.of(cells.get(i).cell(), percent(cells.get(i), all))));
            }
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
            for (ReferralFact r : referrals) {
                if (TriageOutcome.REFER_TO_MARAC.name().equals(r.outcome())) {
                    int i = months.indexOf(YearMonth.from(r.receivedOn()));
                    counts[i][0]++;
                    counts[i][1] += r.maracRepeat() ? 1 : 0;
                }
            }
            List<List<Count>> cells = Suppression.table(counts, false);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                rows.add(new Row(monthLabel(months.get(i)), List.of(cells.get(i).get(0).cell(),
                        cells.get(i).get(1).cell(), percent(cells.get(i).get(1), cells.get(i).get(0)))));
            }
            return new Table("marac-by-month", Section.MARAC.name(), "MARAC referrals and repeats by month",
                    "Referrals received each month that the hub referred to MARAC, and the repeats among them (the "
                            + "victim had been referred to MARAC in the 12 months before). Until MARAC meetings are in "
                            + "Hearth, the hub's decision stands in for the MARAC's own count.",
                    "Month", List.of("MARAC referrals", "Repeats", "Repeat rate"), rows, ChartKind.BAR, List.of(0, 1));
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

        List<String> categories(Dimension d, Function<String, Boolean> unused) {
            Set<String> present = new LinkedHashSet<>();
            referrals.forEach(r -> present.add(Categories.of(d, r.area(), r.equality(), areaNames)));
            highRisk.forEach(f -> present.add(Categories.of(d, f.area(), f.equality(), areaNames)));
            highRiskLastYear.forEach(f -> present.add(Categories.of(d, f.area(), f.equality(), areaNames)));
            if (d == Dimension.AREA) {
                areas.stream().filter(a -> area == null || a.id().equals(area.id())).forEach(a -> present.add(a.name()));
            }
            return Categories.ordered(d, present, areas.stream().map(Area::name).toList());
        }

        Table split(Dimension d) {
            List<String> cats = categories(d, null);
            int n = cats.size();
            // counts: referrals, police incidents, victims, repeat victims, children present, high-risk, last year,
            // MARAC, MARAC repeats
            long[][] counts = new long[n][9];
            List<List<Long>> days = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                days.add(new ArrayList<>());
            }
            for (ReferralFact r : referrals) {
                int i = cats.indexOf(Categories.of(d, r.area(), r.equality(), areaNames));
                counts[i][0]++;
                counts[i][1] += r.police() ? 1 : 0;
                counts[i][4] += r.childrenPresent() ? 1 : 0;
                if (TriageOutcome.REFER_TO_MARAC.name().equals(r.outcome())) {
                    counts[i][7]++;
                    counts[i][8] += r.maracRepeat() ? 1 : 0;
                }
                if (r.triagedOn() != null) {
                    days.get(i).add(Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), r.triagedOn())));
                }
            }
            Set<UUID> repeats = repeatVictims();
            victims().values().forEach(v -> {
                int i = cats.indexOf(Categories.of(d, v.area(), v.equality(), areaNames));
                counts[i][2]++;
                counts[i][3] += repeats.contains(v.victim()) ? 1 : 0;
            });
            distinctBy(highRisk, d).forEach((cat, victims) -> counts[cats.indexOf(cat)][5] = victims.size());
            distinctBy(highRiskLastYear, d).forEach((cat, victims) -> counts[cats.indexOf(cat)][6] = victims.size());
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
                            "MARAC referrals", "MARAC repeat rate", "Median days to triage decision"),
                    rows, ChartKind.BAR, List.of(0));
        }

        Map<String, Set<UUID>> distinctBy(List<HighRiskFact> facts, Dimension d) {
            Map<String, Set<UUID>> by = new HashMap<>();
            // a victim assessed more than once counts once, under their latest assessment's category
            Map<UUID, HighRiskFact> latest = new HashMap<>();
            facts.forEach(f -> latest.merge(f.victim(), f, (a, b) -> b.assessedOn().isAfter(a.assessedOn()) ? b : a));
            latest.values().forEach(f -> by.computeIfAbsent(Categories.of(d, f.area(), f.equality(), areaNames),
                    k -> new HashSet<>()).add(f.victim()));
            return by;
        }

        Table outcomesBy(Dimension d) {
            List<String> cats = categories(d, null);
            List<String> labels = outcomeLabels();
            long[][] counts = new long[cats.size()][labels.size()];
            for (ReferralFact r : referrals) {
                counts[cats.indexOf(Categories.of(d, r.area(), r.equality(), areaNames))][outcomeIndex(r)]++;
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
}
