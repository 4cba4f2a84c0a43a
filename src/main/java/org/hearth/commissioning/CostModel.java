package org.hearth.commissioning;

import java.util.List;
import java.util.Optional;

/**
 * A year's value for money: unit costs per case by work stream (spend ÷ cases its contracts' providers took on,
 * counted from Hearth's records), the cost per high-risk victim supported (IDVA spend ÷ the cases IDVA providers
 * took on: IDVAs work with high-risk victims), and each national estimate's share for the area against what the
 * partnership spends on prevention and support.
 *
 * @param population the partnership's population, or null when not recorded (no area estimate then)
 */
public record CostModel(FinancialYear year, Integer population, List<UnitCost> unitCosts, UnitCost highRisk,
        long totalSpend, List<AreaCost> areaCosts) {

    public CostModel {
        unitCosts = List.copyOf(unitCosts);
        areaCosts = List.copyOf(areaCosts);
    }

    /** A stream's spend, the cases counted (empty when Hearth cannot count them) and the cost per case. */
    public record UnitCost(WorkStream stream, long spent, Optional<Long> cases) {

        public Optional<Long> perCase() {
            return cases.flatMap(n -> Money.per(spent, n));
        }
    }

    /** A national estimate and the area's share of it; spend as a percentage of that share. */
    public record AreaCost(CostEstimate estimate, long areaShare, long spend) {

        public Optional<java.math.BigDecimal> spendPercent() {
            return Money.percent(spend, areaShare);
        }
    }
}
