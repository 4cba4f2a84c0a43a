package org.hearth.commissioning;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A contract's KPI: a target with its unit, whether more is better, and either the measure of a {@link KpiSource}
 * that computes it from Hearth's records or null (the provider enters it each quarter).
 */
public record Kpi(UUID id, String name, String measure, BigDecimal target, String unit, boolean higherIsBetter) {

    public boolean computed() {
        return measure != null;
    }
}
