package org.hearth.insights;

import java.time.LocalDate;
import java.util.UUID;

/** The insights module's API: the partnership's indicators, suppressed. */
public interface Indicators {

    /**
     * The indicators for referrals received from {@code from} to {@code to} inclusive, in one area or (null) the
     * whole partnership. Fails with {@link IllegalArgumentException} when {@code from} is after {@code to} or the
     * area is unknown.
     */
    IndicatorReport report(LocalDate from, LocalDate to, UUID areaId);

    /**
     * The BVPI 225 self-assessment for the period: the period whose dates cover {@code to} or, failing that, the
     * latest that overlaps the period.
     */
    java.util.Optional<org.hearth.strategy.Bvpi225Assessment> bvpi225(LocalDate from, LocalDate to);

    /** The adopted strategy covering {@code on}, empty when there is none (or no strategy module). */
    java.util.Optional<org.hearth.strategy.StrategyOverview> strategy(LocalDate on);

    /** Today in the partnership's time zone. */
    LocalDate today();
}
