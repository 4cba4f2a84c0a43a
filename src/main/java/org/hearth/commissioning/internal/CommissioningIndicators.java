package org.hearth.commissioning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.commissioning.BudgetTable;
import org.hearth.commissioning.Budgets;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.Contracts;
import org.hearth.commissioning.CostModel;
import org.hearth.commissioning.Costs;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.KpiResult;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.KpiRag;
import org.hearth.commissioning.StreamBudget;
import org.hearth.insights.Cell;
import org.hearth.insights.Headline;
import org.hearth.insights.Section;
import org.hearth.insights.SectionIndicators;
import org.hearth.insights.Suppression;
import org.hearth.insights.Table;
import org.springframework.stereotype.Component;

/**
 * The board report's commissioning section, for the financial year holding the period's last day: spend by stream
 * against budget and partners' contributions, the KPI RAG summary for the quarter holding that day, and unit costs.
 * Nothing when that year has no budget. Money is not a count of people and is shown as it is; the cases behind a unit cost go through
 * {@link Suppression} and a cost per case is shown only when its cases are. Partnership-wide: nothing for one area.
 */
@Component
class CommissioningIndicators extends SectionIndicators {

    private final Budgets budgets;
    private final Contracts contracts;
    private final Costs costs;

    CommissioningIndicators(Budgets budgets, Contracts contracts, Costs costs) {
        super(Section.COMMISSIONING);
        this.budgets = budgets;
        this.contracts = contracts;
        this.costs = costs;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, UUID areaId) {
        if (areaId != null) {
            return Figures.NONE;
        }
        FinancialYear year = FinancialYear.of(to);
        List<StreamBudget> streams = budgets.year(year);
        if (streams.isEmpty()) {
            return Figures.NONE;
        }
        List<Headline> headlines = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        long budget = streams.stream().mapToLong(StreamBudget::budgetPence).sum();
        long inPeriod = 0;
        List<Table.Row> streamRows = new ArrayList<>();
        for (StreamBudget b : streams) {
            long spent = spentIn(b, year, from, to);
            inPeriod += spent;
            streamRows.add(new Table.Row(b.stream().name(), List.of(money(b.budgetPence()), money(b.committed()),
                    money(b.pledged()), money(spent), money(b.spent()), money(b.variance()))));
        }
        headlines.add(headline("commissioning-budget", "Commissioning budget " + year.label(),
                money(budget), streams.size() + " work streams budgeted"));
        headlines.add(headline("commissioning-spent", "Spent in the period", money(inPeriod),
                "Spend recorded in the quarters of " + year.label() + " within the period"));
        tables.add(table("commissioning-streams", "Spend by work stream, " + year.label(),
                "Each stream's budget, what partners committed and pledged, spend in the period and in the year, and "
                        + "the variance (budget less the year's spend; negative is overspent).",
                "Work stream", List.of("Budget", "Committed", "Pledged", "Spent in period", "Spent in year", "Variance"),
                streamRows, Table.ChartKind.BAR, List.of(0, 4)));

        BudgetTable table = BudgetTable.of(year, streams, List.of());
        Map<String, long[]> byPartner = new LinkedHashMap<>();
        for (StreamBudget b : streams) {
            b.contributions().forEach(c -> {
                long[] sums = byPartner.computeIfAbsent(c.agencyName(), k -> new long[2]);
                sums[c.status().ordinal()] += c.pence();
            });
        }
        List<Table.Row> partnerRows = new ArrayList<>();
        table.partners().forEach(p -> {
            long[] sums = byPartner.getOrDefault(p.name(), new long[2]);
            partnerRows.add(new Table.Row(p.name(), List.of(money(sums[0]), money(sums[1]), money(sums[0] + sums[1]))));
        });
        tables.add(table("commissioning-partners", "Contributions by partner, " + year.label(),
                "What each partner agency committed and pledged across the work streams.", "Partner agency",
                List.of("Committed", "Pledged", "Total"), partnerRows, Table.ChartKind.BAR, List.of(2)));

        int quarter = year.quarterOf(to);
        Map<KpiRag, Long> rag = new EnumMap<>(KpiRag.class);
        for (KpiRag r : KpiRag.values()) {
            rag.put(r, 0L);
        }
        for (Contract c : contracts.all()) {
            if (c.startsOn().isAfter(to) || c.endsOn().isBefore(year.quarterStart(quarter))) {
                continue;
            }
            for (KpiResult r : contracts.results(c, year, quarter)) {
                rag.merge(r.rag(), 1L, Long::sum);
            }
        }
        List<Table.Row> ragRows = new ArrayList<>();
        for (KpiRag r : KpiRag.values()) {
            ragRows.add(new Table.Row(r.label(), List.of(Cell.shown(String.valueOf(rag.get(r)), rag.get(r)))));
        }
        tables.add(table("commissioning-kpi-rag", "Contract KPIs by RAG status, "
                + FinancialYear.quarterLabel(quarter) + " " + year.label(),
                "KPIs of the contracts running in the quarter against their targets: green met, amber within 10%, red "
                        + "further off; no figure when none was computed or entered. Counts of KPIs, not of people.",
                "Status", List.of("KPIs"), ragRows, Table.ChartKind.NONE, List.of()));

        CostModel model = costs.model(year);
        List<Table.Row> unitRows = new ArrayList<>();
        for (CostModel.UnitCost u : model.unitCosts()) {
            unitRows.add(unitRow(u.stream().name(), u));
        }
        tables.add(table("commissioning-unit-costs", "Unit costs, " + year.label(),
                "Spend in the year divided by the cases the stream's providers took on, counted from Hearth's records. "
                        + "Case counts under 5 are not shown, nor a cost per case worked out from them.",
                "Work stream", List.of("Spent in year", "Cases", "Cost per case"), unitRows, Table.ChartKind.NONE,
                List.of()));
        if (model.highRisk() != null) {
            Table.Row row = unitRow("IDVA", model.highRisk());
            headlines.add(headline("commissioning-cost-high-risk", "Cost per high-risk victim supported",
                    row.cells().get(2), "IDVA spend in " + year.label() + " divided by the cases IDVA providers took on"));
        }
        return new Figures(headlines, tables);
    }

    private static Table.Row unitRow(String label, CostModel.UnitCost u) {
        Cell cases;
        Cell per;
        if (u.cases().isEmpty()) {
            cases = Cell.none();
            per = Cell.none();
        } else {
            Suppression.Count count = Suppression.single(u.cases().get());
            cases = count.cell();
            per = !count.shown() ? Cell.hidden() : u.perCase().map(CommissioningIndicators::money).orElse(Cell.none());
        }
        return new Table.Row(label, List.of(money(u.spent()), cases, per));
    }

    static long spentIn(StreamBudget b, FinancialYear year, LocalDate from, LocalDate to) {
        long sum = 0;
        for (int q = 1; q <= 4; q++) {
            if (!year.quarterStart(q).isAfter(to) && !year.quarterEnd(q).isBefore(from)) {
                sum += b.spentIn(q);
            }
        }
        return sum;
    }

    static Cell money(long pence) {
        return Cell.shown(Money.format(pence), Money.pounds(pence));
    }
}
