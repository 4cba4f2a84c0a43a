package org.hearth.commissioning.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.commissioning.BudgetTable;
import org.hearth.commissioning.Contract;
import org.hearth.commissioning.CostModel;
import org.hearth.commissioning.FinancialYear;
import org.hearth.commissioning.KpiResult;
import org.hearth.commissioning.Money;
import org.hearth.commissioning.StreamBudget;
import org.hearth.platform.Dates;

/** Words and rows for the commissioning pages: money as "£12,500", years as "2026-27", dates in words. */
final class CommissioningViews {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private CommissioningViews() {
    }

    /** "2026-27" as a year, or empty for anything else (including "2026-28"). */
    static Optional<FinancialYear> year(String text) {
        Matcher m = text == null ? null : YEAR.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        // a year page links to the years either side (and compares with the one before): both must exist
        if (start <= 1900 || start >= 2998 || Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(new FinancialYear(start));
    }

    /** A stream's row: budget, committed, pledged, spend in each quarter, total spent, variance, funding gap. */
    record StreamRow(String code, String name, String budget, String committed, String pledged, List<String> quarters,
            String spent, String variance, boolean overspent, String gap) {
    }

    static List<StreamRow> streamRows(List<StreamBudget> budgets) {
        return budgets.stream().map(b -> {
            List<String> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                quarters.add(Money.format(b.spentIn(q)));
            }
            return new StreamRow(b.stream().code(), b.stream().name(), Money.format(b.budgetPence()),
                    Money.format(b.committed()), Money.format(b.pledged()), quarters, Money.format(b.spent()),
                    Money.format(b.variance()), b.variance() < 0, Money.format(b.fundingGap()));
        }).toList();
    }

    /** The year's table as seed 004 lays it out: a row per stream, a column per partner, then totals. */
    record PartnerTable(List<String> heads, List<List<String>> rows, List<String> totals) {
    }

    static PartnerTable partnerTable(BudgetTable table) {
        List<String> heads = new ArrayList<>();
        heads.add("Work stream");
        table.partners().forEach(p -> heads.add(p.name()));
        heads.add("Total contributed");
        heads.add("Budget");
        List<List<String>> rows = new ArrayList<>();
        for (BudgetTable.Row r : table.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.stream().name());
            for (long v : r.byPartner()) {
                row.add(v == 0 ? "–" : Money.format(v));
            }
            row.add(Money.format(r.contributed()));
            row.add(Money.format(r.budget()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add("Total");
        for (long v : table.partnerTotals()) {
            totals.add(Money.format(v));
        }
        totals.add(Money.format(table.rows().stream().mapToLong(BudgetTable.Row::contributed).sum()));
        totals.add(Money.format(table.total()));
        return new PartnerTable(heads, rows, totals);
    }

    /** A stream's movement from the year before: "£10,000 (+5.0%)", "No budget last year". */
    record MovementRow(String name, String previous, String current, String movement) {
    }

    static List<MovementRow> movement(BudgetTable table) {
        List<MovementRow> rows = new ArrayList<>(table.rows().stream().map(r -> new MovementRow(r.stream().name(),
                Money.format(r.previousBudget()), Money.format(r.budget()), change(r.movement(),
                        r.movementPercent()))).toList());
        rows.add(new MovementRow("Total", Money.format(table.previousTotal()), Money.format(table.total()),
                change(table.movement(), table.movementPercent())));
        return rows;
    }

    static String change(long pence, Optional<BigDecimal> percent) {
        String sign = pence > 0 ? "+" : "";
        return sign + Money.format(pence) + percent.map(p -> " (" + (p.signum() > 0 ? "+" : "") + p.toPlainString()
                + "%)").orElse(pence == 0 ? "" : " (new this year)");
    }

    /** A contract in the list. */
    record ContractRow(String id, String title, String provider, String stream, String value, String term,
            String warning, String warningColour) {
    }

    static ContractRow contractRow(Contract c, java.time.LocalDate today) {
        String warning = c.ended(today) ? "Ended" : c.endingSoon(today) ? "Ends within 6 months" : null;
        return new ContractRow(c.id().toString(), c.title(), c.providerName(), c.stream().name(),
                Money.format(c.valuePence()), Dates.DAY.format(c.startsOn()) + " to " + Dates.DAY.format(c.endsOn()),
                warning, c.ended(today) ? "grey" : "red");
    }

    /** A KPI with its figure and RAG. */
    record KpiRow(String id, String name, String how, String target, String value, String rag, String colour,
            boolean entered) {
    }

    static KpiRow kpiRow(KpiResult r) {
        String unit = r.kpi().unit();
        return new KpiRow(r.kpi().id().toString(), r.kpi().name(),
                r.kpi().computed() ? "Computed by Hearth" : "Entered by the provider",
                (r.kpi().higherIsBetter() ? "At least " : "At most ") + number(r.kpi().target()) + " " + unit,
                r.value() == null ? "Not yet" : number(r.value()) + " " + unit, r.rag().label(), r.rag().colour(),
                !r.kpi().computed());
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A unit cost row. */
    record UnitRow(String stream, String spent, String cases, String perCase) {
    }

    static UnitRow unitRow(CostModel.UnitCost u) {
        return new UnitRow(u.stream().name(), Money.format(u.spent()),
                u.cases().map(String::valueOf).orElse("Not counted"),
                u.perCase().map(Money::format).orElse("–"));
    }

    /** An area cost row: the estimate, its source and year, the area's share, spend as a percentage of it. */
    record AreaRow(String label, String source, String national, String share, String spendPercent) {
    }

    static AreaRow areaRow(CostModel.AreaCost a) {
        return new AreaRow(a.estimate().label(), a.estimate().source() + ", " + a.estimate().year(),
                Money.format(a.estimate().nationalPence()), Money.format(a.areaShare()),
                a.spendPercent().map(p -> p.toPlainString() + "%").orElse("–"));
    }
}
