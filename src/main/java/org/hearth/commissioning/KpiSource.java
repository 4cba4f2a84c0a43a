package org.hearth.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * A KPI Hearth computes from its own records (an SPI: a bean in the module holding them, e.g. casework for cases
 * taken on and first contact within target, marac for referrals to MARAC). A contract's KPI names it by
 * {@link #measure()}; KPIs no module computes are entered by the provider each quarter. Aggregate figures only, for
 * the provider agency over a period; empty when the module holds nothing to compute it from.
 */
public interface KpiSource {

    /** A stable code, e.g. {@code CASES_TAKEN_ON}. */
    String measure();

    /** What it is, in words: "Cases taken on". */
    String label();

    /** Its unit: "cases", "%". */
    String unit();

    /** The figure for {@code provider}'s services from {@code from} to {@code to} inclusive. */
    Optional<BigDecimal> value(AgencyId provider, LocalDate from, LocalDate to);

    /** How a KPI's figure is computed: {@link #value}. */
    @FunctionalInterface
    interface Figure {
        Optional<BigDecimal> value(AgencyId provider, LocalDate from, LocalDate to);
    }

    /** The KPI {@code measure}, in words {@code label}, in {@code unit}, whose figure {@code figure} computes. */
    static KpiSource of(String measure, String label, String unit, Figure figure) {
        record Computed(String measure, String label, String unit, Figure figure) implements KpiSource {
            @Override
            public Optional<BigDecimal> value(AgencyId provider, LocalDate from, LocalDate to) {
                return figure.value(provider, from, to);
            }
        }
        return new Computed(measure, label, unit, figure);
    }
}
