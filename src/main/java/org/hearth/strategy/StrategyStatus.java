package org.hearth.strategy;

import java.time.LocalDate;
import java.util.Optional;

/** Where the partnership's strategy stands, for dashboards and board reports. */
public interface StrategyStatus {

    /** The adopted strategy whose period covers {@code on}, if any. */
    Optional<StrategyOverview> current(LocalDate on);
}
