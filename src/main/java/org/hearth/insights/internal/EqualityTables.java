package org.hearth.insights.internal;

import static org.hearth.insights.Suppression.percent;

import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
import org.hearth.insights.internal.IndicatorQueries.Equality;
import org.hearth.insights.internal.IndicatorQueries.HighRiskFact;
import org.hearth.insights.internal.IndicatorQueries.MaracCase;
import org.hearth.insights.internal.IndicatorQueries.ReferralFact;
import org.hearth.partnership.Area;

/**
 * The equality tables of one report for {@link IndicatorTables}: each indicator, and the triage outcomes, split by
 * one {@link Dimension} (area or an equality characteristic), small numbers suppressed.
 * <p>
 * A year of a national register holds a million referral facts, and each is counted in every dimension: a fact's
 * category is found by the value it records (an area's id, a code, an age) in a map worked out once per distinct value
 * ({@link Split}), never by building its label; each referral's category is worked out once per dimension for both of
 * its tables, and what does not depend on the dimension (days to triage, each victim's latest fact) once per report.
 * The tables are those of {@link Categories#of} for each fact ({@code EqualityTablesTest} compares them).
 */
final class EqualityTables {

    private final IndicatorWork w;
    /** Each referral's days from receipt to the triage decision (-1: not decided), and its outcome's column. */
    private final long[] days;
    private final int[] outcome;
    /** Each victim's latest referral, and whether they are a repeat victim. */
    private final List<ReferralFact> victims;
    private final boolean[] repeat;
    /** Each victim's latest high-risk fact, in the period and in the same period last year. */
    private final List<HighRiskFact> highRisk;
    private final List<HighRiskFact> highRiskLastYear;
    /** The last dimension's split: {@link IndicatorTables} asks for a dimension's two tables one after the other. */
    private Split last;

    EqualityTables(IndicatorWork work) {
        this.w = work;
        days = new long[w.referrals.size()];
        outcome = new int[days.length];
        for (int i = 0; i < days.length; i++) {
            ReferralFact r = w.referrals.get(i);
            days[i] = r.triagedOn() == null ? -1 : Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), r.triagedOn()));
            outcome[i] = IndicatorTables.outcomeIndex(r);
        }
        victims = List.copyOf(w.victims().values());
        Set<UUID> repeats = w.repeatVictims();
        repeat = new boolean[victims.size()];
        for (int i = 0; i < repeat.length; i++) {
            repeat[i] = repeats.contains(victims.get(i).victim());
        }
        highRisk = latest(w.highRisk);
        highRiskLastYear = latest(w.highRiskLastYear);
    }

    /** A victim assessed more than once counts once, under their latest assessment's category. */
    private static List<HighRiskFact> latest(List<HighRiskFact> facts) {
        Map<UUID, HighRiskFact> latest = new HashMap<>();
        facts.forEach(f -> latest.merge(f.victim(), f, (a, b) -> b.assessedOn().isAfter(a.assessedOn()) ? b : a));
        return List.copyOf(latest.values());
    }

    /**
     * One dimension's categories in their order, and the category of each value recorded: worked out once per distinct
     * value (a handful of codes, areas or ages), so that a fact costs one look-up of the value it holds.
     */
    private final class Split {

        final Dimension d;
        final List<String> categories;
        /** The category's index by the value a fact records (null: not recorded). */
        private final Map<Object, Integer> byValue = new HashMap<>();
        /** Each referral's category, in the order of {@code w.referrals}. */
        final int[] referral;

        Split(Dimension d) {
            this.d = d;
            // each distinct value a number, in the order first seen; each referral its value's number
            Map<Object, Integer> seen = new HashMap<>();
            List<String> labels = new ArrayList<>();
            referral = new int[w.referrals.size()];
            for (int i = 0; i < referral.length; i++) {
                ReferralFact r = w.referrals.get(i);
                referral[i] = number(seen, labels, r.area(), r.equality());
            }
            w.highRisk.forEach(f -> number(seen, labels, f.area(), f.equality()));
            w.highRiskLastYear.forEach(f -> number(seen, labels, f.area(), f.equality()));
            w.marac.cases().forEach(c -> number(seen, labels, c.area(), c.equality()));
            Set<String> present = new HashSet<>(labels);
            if (d == Dimension.AREA) {
                w.areas.stream().filter(a -> w.area == null || a.id().equals(w.area.id()))
                        .forEach(a -> present.add(a.name()));
            }
            categories = Categories.ordered(d, present, w.areas.stream().map(Area::name).toList());
            int[] category = labels.stream().mapToInt(categories::indexOf).toArray();
            seen.forEach((value, number) -> byValue.put(value, category[number]));
            for (int i = 0; i < referral.length; i++) {
                referral[i] = category[referral[i]];
            }
        }

        /** The number of the value a fact records, its label worked out the first time the value is seen. */
        private int number(Map<Object, Integer> seen, List<String> labels, UUID area, Equality e) {
            Object value = value(area, e);
            Integer n = seen.get(value);
            if (n == null) {
                n = labels.size();
                seen.put(value, n);
                labels.add(Categories.of(d, area, e, w.areaNames));
            }
            return n;
        }

        /** What a fact records in this dimension: its category is a function of this alone. */
        private Object value(UUID area, Equality e) {
            return switch (d) {
                case AREA -> area;
                case ETHNICITY -> e.ethnicity();
                case FIRST_LANGUAGE -> e.firstLanguage();
                case AGE_BAND -> e.age();
                case SEX -> e.sex();
                case DISABILITY -> e.disability();
                case SEXUAL_ORIENTATION -> e.sexualOrientation();
            };
        }

        int of(UUID area, Equality e) {
            return byValue.get(value(area, e));
        }
    }

    private Split split(Dimension d, boolean keep) {
        Split s = last != null && last.d == d ? last : new Split(d);
        last = keep ? s : null;
        return s;
    }

    List<String> categories(Dimension d) {
        return split(d, false).categories;
    }

    Table split(Dimension d) {
        Split s = split(d, true);
        List<String> cats = s.categories;
        int n = cats.size();
        // counts: referrals, police incidents, victims, repeat victims, children present, high-risk, last year,
        // MARAC cases discussed, MARAC repeats
        long[][] counts = new long[n][9];
        for (int k = 0; k < s.referral.length; k++) {
            ReferralFact r = w.referrals.get(k);
            int i = s.referral[k];
            counts[i][0]++;
            counts[i][1] += r.police() ? 1 : 0;
            counts[i][4] += r.childrenPresent() ? 1 : 0;
        }
        List<List<Long>> triage = triageDays(s);
        for (MaracCase c : w.marac.cases()) {
            int i = s.of(c.area(), c.equality());
            counts[i][7]++;
            counts[i][8] += c.repeat() ? 1 : 0;
        }
        for (int k = 0; k < victims.size(); k++) {
            ReferralFact v = victims.get(k);
            int i = s.of(v.area(), v.equality());
            counts[i][2]++;
            counts[i][3] += repeat[k] ? 1 : 0;
        }
        highRisk.forEach(f -> counts[s.of(f.area(), f.equality())][5]++);
        highRiskLastYear.forEach(f -> counts[s.of(f.area(), f.equality())][6]++);
        List<List<Count>> c = Suppression.table(counts, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Count> row = c.get(i);
            rows.add(new Row(cats.get(i), List.of(row.get(0).cell(), row.get(1).cell(), row.get(2).cell(),
                    percent(row.get(3), row.get(2)), percent(row.get(4), row.get(0)), row.get(5).cell(),
                    row.get(6).cell(), row.get(7).cell(), percent(row.get(8), row.get(7)),
                    Suppression.median(triage.get(i), ""))));
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

    /**
     * Each category's days to the triage decision, sorted (as primitives: the median sorts them again, a single pass
     * over a sorted list).
     */
    private List<List<Long>> triageDays(Split s) {
        int n = s.categories.size();
        int[] sizes = new int[n];
        for (int k = 0; k < days.length; k++) {
            sizes[s.referral[k]] += days[k] >= 0 ? 1 : 0;
        }
        long[][] by = new long[n][];
        for (int i = 0; i < n; i++) {
            by[i] = new long[sizes[i]];
        }
        int[] filled = new int[n];
        for (int k = 0; k < days.length; k++) {
            if (days[k] >= 0) {
                int i = s.referral[k];
                by[i][filled[i]++] = days[k];
            }
        }
        List<List<Long>> out = new ArrayList<>(n);
        for (long[] values : by) {
            Arrays.sort(values);
            out.add(new AbstractList<>() {
                @Override
                public Long get(int index) {
                    return values[index];
                }

                @Override
                public int size() {
                    return values.length;
                }
            });
        }
        return out;
    }

    Table outcomesBy(Dimension d) {
        Split s = split(d, false);
        List<String> cats = s.categories;
        List<String> labels = IndicatorTables.outcomeLabels();
        long[][] counts = new long[cats.size()][labels.size()];
        for (int k = 0; k < s.referral.length; k++) {
            counts[s.referral[k]][outcome[k]]++;
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
