package org.hearth.housing.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.Measure;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SqlSectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Suppression.Count;
import org.hearth.insights.Table;
import org.hearth.insights.Table.ChartKind;
import org.hearth.insights.Table.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sanctuary and refuge figures for the insights dashboard, its API and the board report: refuge referrals by outcome,
 * declined by reason, by provider and by the victim's needs, accepted and out-of-area placements; sanctuary referrals,
 * measures fitted with their cost, police markers and outcomes. Counts only, every one through {@link Suppression}.
 * A referral counts in the period by the day it was made; in an area by the area recorded on it.
 */
@Component
class HousingFigures extends SqlSectionIndicators {

    private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);

    HousingFigures(JdbcClient jdbc) {
        super(Section.HOUSING, jdbc);
    }

    private record Refuge(String outcome, String reason, String provider, boolean outOfArea, int children,
            boolean olderSon, boolean disability, boolean language, boolean nrpf) {
    }

    private record Job(String measure, Long cost) {
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        List<Refuge> refuge = jdbc.sql("""
                SELECT r.outcome, r.outcome_reason, p.name,
                    (p.area_id IS NULL OR (r.area_id IS NOT NULL AND p.area_id <> r.area_id)) AS out_of_area,
                    r.children, r.older_son, r.disability, r.language, r.nrpf
                FROM refuge_referral r JOIN refuge_provider p ON p.id = r.provider_id
                WHERE r.referred_on BETWEEN :from AND :to AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)""")
                .param("from", from).param("to", to).param("area", areaId)
                .query((rs, n) -> new Refuge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9))).list();
        long sanctuary = jdbc.sql("""
                SELECT count(*) FROM sanctuary_referral WHERE referred_on BETWEEN :from AND :to
                AND (CAST(:area AS uuid) IS NULL OR area_id = :area)""").param("from", from).param("to", to)
                .param("area", areaId).query(Long.class).single();
        long markers = jdbc.sql("""
                SELECT count(*) FROM sanctuary_referral WHERE marker_confirmed_on BETWEEN :from AND :to
                AND (CAST(:area AS uuid) IS NULL OR area_id = :area)""").param("from", from).param("to", to)
                .param("area", areaId).query(Long.class).single();
        List<Job> jobs = jdbc.sql("""
                SELECT j.measure, j.cost_pence FROM sanctuary_job j JOIN sanctuary_referral r ON r.id = j.referral_id
                WHERE j.fitted_on BETWEEN :from AND :to AND NOT j.cancelled
                AND (CAST(:area AS uuid) IS NULL OR r.area_id = :area)""").param("from", from).param("to", to)
                .param("area", areaId).query((rs, n) -> new Job(rs.getString(1), (Long) rs.getObject(2))).list();
        Map<String, Long> closed = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT outcome, count(*) FROM sanctuary_referral WHERE closed_on BETWEEN :from AND :to
                AND (CAST(:area AS uuid) IS NULL OR area_id = :area) GROUP BY outcome""").param("from", from)
                .param("to", to).param("area", areaId)
                .query(rs -> { closed.put(rs.getString(1), rs.getLong(2)); });

        Count referrals = Suppression.single(refuge.size());
        Count accepted = Suppression.single(refuge.stream().filter(r -> "ACCEPTED".equals(r.outcome())).count());
        Count outOfArea = Suppression.single(refuge.stream()
                .filter(r -> "ACCEPTED".equals(r.outcome()) && r.outOfArea()).count());
        Count fitted = Suppression.single(jobs.size());
        List<Headline> headlines = List.of(
                headline("refuge-referrals", "Refuge referrals", referrals.cell(),
                        "Referrals to refuge providers made in the period"),
                headline("refuge-accepted", "Refuge referrals accepted", accepted.cell(),
                        "Share of referrals: " + Suppression.percent(accepted, referrals).text()),
                headline("refuge-out-of-area", "Out-of-area refuge placements", outOfArea.cell(),
                        "Accepted by a refuge outside the partnership or in another of its areas"),
                headline("sanctuary-referrals", "Sanctuary referrals", Suppression.single(sanctuary).cell(),
                        "Homes referred to the sanctuary scheme in the period"),
                headline("sanctuary-measures", "Sanctuary measures fitted", fitted.cell(),
                        "Jobs fitted in the period (locks, doors, alarms, lighting, safe rooms, marking)"),
                headline("sanctuary-markers", "Police markers confirmed", Suppression.single(markers).cell(),
                        "Addresses flagged by the police in the period"));

        List<Table> tables = new ArrayList<>();
        tables.add(byOutcome(refuge));
        tables.add(declinedByReason(refuge));
        tables.add(byProvider(refuge));
        tables.add(byNeeds(refuge));
        tables.add(measures(jobs));
        tables.add(sanctuaryOutcomes(closed));
        return new Figures(headlines, tables);
    }

    private Table byOutcome(List<Refuge> refuge) {
        List<String> labels = new ArrayList<>();
        long[] counts = new long[RefugeOutcome.values().length + 1];
        for (RefugeOutcome o : RefugeOutcome.values()) {
            labels.add(o.label());
            counts[o.ordinal()] = refuge.stream().filter(r -> o.name().equals(r.outcome())).count();
        }
        labels.add("Awaiting an outcome");
        counts[counts.length - 1] = refuge.stream().filter(r -> r.outcome() == null).count();
        List<Count> cells = Suppression.group(counts);
        Count all = Suppression.single(refuge.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), List.of(cells.get(i).cell(), Suppression.percent(cells.get(i), all))));
        }
        return table("refuge-by-outcome", "Refuge referrals by outcome",
                "Where refuge referrals end: nationally in 2022-23 over 60% failed (no space 40.6%, declined 35.4%, "
                        + "not suitable 18.0%; Women's Aid).", "Outcome", List.of("Referrals", "Share"), rows,
                ChartKind.BAR, List.of(0));
    }

    private Table declinedByReason(List<Refuge> refuge) {
        DeclineReason[] reasons = DeclineReason.values();
        long[][] counts = new long[reasons.length][2];
        for (Refuge r : refuge) {
            if (r.reason() != null) {
                int col = "DECLINED_BY_REFUGE".equals(r.outcome()) ? 0 : 1;
                counts[DeclineReason.valueOf(r.reason()).ordinal()][col]++;
            }
        }
        List<Row> rows = Suppression.rows(Stream.of(reasons).map(DeclineReason::label).toList(), counts, false);
        return table("refuge-declined-by-reason", "Refuge referrals declined, by reason",
                "Declined by the refuge and found not suitable, by the reason the refuge gave.", "Reason",
                List.of("Declined by the refuge", "Not suitable"), rows, ChartKind.NONE, List.of());
    }

    private Table byProvider(List<Refuge> refuge) {
        Map<String, long[]> by = new java.util.TreeMap<>();
        for (Refuge r : refuge) {
            long[] c = by.computeIfAbsent(r.provider(), k -> new long[2]);
            c[0]++;
            if ("ACCEPTED".equals(r.outcome())) {
                c[1]++;
            }
        }
        List<String> names = new ArrayList<>(by.keySet());
        List<List<Count>> cells = Suppression.table(names.stream().map(by::get).toArray(long[][]::new), false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new Row(names.get(i), List.of(cells.get(i).get(0).cell(), cells.get(i).get(1).cell(),
                    Suppression.percent(cells.get(i).get(1), cells.get(i).get(0)))));
        }
        return table("refuge-by-provider", "Refuge referrals by provider",
                "Referrals made to each provider in the period and how many it accepted.", "Provider",
                List.of("Referrals", "Accepted", "Accepted share"), rows, ChartKind.BAR, List.of(0, 1));
    }

    private Table byNeeds(List<Refuge> refuge) {
        Map<String, java.util.function.Predicate<Refuge>> needs = new LinkedHashMap<>();
        needs.put("With children", r -> r.children() > 0);
        needs.put("With an older son", Refuge::olderSon);
        needs.put("Disability", Refuge::disability);
        needs.put("Language or interpreter", Refuge::language);
        needs.put("No recourse to public funds", Refuge::nrpf);
        List<Row> rows = new ArrayList<>();
        for (var e : needs.entrySet()) {
            Count n = Suppression.single(refuge.stream().filter(e.getValue()).count());
            Count acc = Suppression.single(refuge.stream().filter(e.getValue())
                    .filter(r -> "ACCEPTED".equals(r.outcome())).count());
            rows.add(new Row(e.getKey(), List.of(n.cell(), acc.cell(), Suppression.percent(acc, n))));
        }
        return table("refuge-by-needs", "Refuge referrals by the victim's needs",
                "A referral counts once under each need it records, so the rows do not add up to the total.", "Need",
                List.of("Referrals", "Accepted", "Accepted share"), rows, ChartKind.NONE, List.of());
    }

    private Table measures(List<Job> jobs) {
        Measure[] all = Measure.values();
        long[] counts = new long[all.length];
        long[] cost = new long[all.length];
        for (Job j : jobs) {
            int i = Measure.valueOf(j.measure()).ordinal();
            counts[i]++;
            cost[i] += j.cost() == null ? 0 : j.cost();
        }
        List<Count> cells = Suppression.group(counts);
        List<Row> rows = new ArrayList<>();
        for (Measure m : all) {
            Count c = cells.get(m.ordinal());
            Cell money = c.raw() == 0 ? Cell.none() : c.shown()
                    ? Cell.shown(POUNDS.format(cost[m.ordinal()] / 100.0), cost[m.ordinal()] / 100.0) : Cell.hidden();
            rows.add(new Row(m.label(), List.of(c.cell(), money)));
        }
        return table("sanctuary-measures", "Sanctuary measures fitted, by measure",
                "Jobs fitted in the period and what they cost (the cost shows only beside a count that is shown).",
                "Measure", List.of("Fitted", "Cost"), rows, ChartKind.BAR, List.of(0));
    }

    private Table sanctuaryOutcomes(Map<String, Long> closed) {
        EnumMap<SanctuaryOutcome, Long> by = new EnumMap<>(SanctuaryOutcome.class);
        for (SanctuaryOutcome o : SanctuaryOutcome.values()) {
            by.put(o, closed.getOrDefault(o.name(), 0L));
        }
        List<Count> cells = Suppression.group(by.values().stream().mapToLong(Long::longValue).toArray());
        List<Row> rows = new ArrayList<>();
        for (SanctuaryOutcome o : SanctuaryOutcome.values()) {
            rows.add(new Row(o.label(), List.of(cells.get(o.ordinal()).cell())));
        }
        return table("sanctuary-outcomes", "Sanctuary referrals closed, by outcome",
                "After the follow-up visit 3 to 6 months on: stayed safely, moved, or failed.", "Outcome",
                List.of("Referrals"), rows, ChartKind.NONE, List.of());
    }
}
