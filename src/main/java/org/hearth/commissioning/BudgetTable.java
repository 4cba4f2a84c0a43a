package org.hearth.commissioning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * A year's budget as seed 004 (Appendix B §15) lays it out: a row per work stream with each partner agency's
 * contribution (committed and pledged together), the stream's total, and the movement from the year before. Built
 * from the data, never stored.
 */
public record BudgetTable(FinancialYear year, List<Partner> partners, List<Row> rows, long[] partnerTotals,
        long total, long previousTotal) {

    /** A column: a partner agency that contributes to some stream this year or the year before. */
    public record Partner(AgencyId id, String name) {
    }

    /**
     * A stream's row: each partner's contribution (in {@code partners} order), the stream's budget, total
     * contributed, spend and variance this year, and its budget the year before.
     */
    public record Row(WorkStream stream, long[] byPartner, long budget, long contributed, long spent, long variance,
            long previousBudget) {

        public long movement() {
            return budget - previousBudget;
        }

        /** Movement as a percentage of last year's budget, or empty when there was none. */
        public Optional<BigDecimal> movementPercent() {
            return Money.percent(movement(), previousBudget);
        }
    }

    public long movement() {
        return total - previousTotal;
    }

    public Optional<BigDecimal> movementPercent() {
        return Money.percent(movement(), previousTotal);
    }

    /** The table for {@code year} from its streams' budgets and the year before's. */
    public static BudgetTable of(FinancialYear year, List<StreamBudget> current, List<StreamBudget> previous) {
        Map<AgencyId, String> partnerNames = new LinkedHashMap<>();
        current.forEach(b -> b.contributions().forEach(c -> partnerNames.putIfAbsent(c.agency(), c.agencyName())));
        List<Partner> partners = partnerNames.entrySet().stream().map(e -> new Partner(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Partner::name)).toList();
        Map<String, StreamBudget> before = new LinkedHashMap<>();
        previous.forEach(b -> before.put(b.stream().code(), b));
        List<Row> rows = new ArrayList<>();
        long[] partnerTotals = new long[partners.size()];
        long total = 0;
        for (StreamBudget b : current) {
            long[] byPartner = new long[partners.size()];
            for (Contribution c : b.contributions()) {
                int column = indexOf(partners, c.agency());
                byPartner[column] += c.pence();
                partnerTotals[column] += c.pence();
            }
            StreamBudget last = before.get(b.stream().code());
            rows.add(new Row(b.stream(), byPartner, b.budgetPence(), b.contributed(), b.spent(), b.variance(),
                    last == null ? 0 : last.budgetPence()));
            total += b.budgetPence();
        }
        long previousTotal = previous.stream().mapToLong(StreamBudget::budgetPence).sum();
        return new BudgetTable(year, partners, rows, partnerTotals, total, previousTotal);
    }

    private static int indexOf(List<Partner> partners, AgencyId id) {
        for (int i = 0; i < partners.size(); i++) {
            if (partners.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("Partner not in the table");
    }
}
