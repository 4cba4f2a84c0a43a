package org.hearth.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An adopted strategy at a glance: its objectives with their current-performance status, and its actions counted
 * (open, overdue among the open, and the open ones by RAG).
 */
public record StrategyOverview(UUID strategyId, String title, LocalDate starts, LocalDate ends,
        List<ObjectiveLine> objectives, int openActions, int overdueActions, int redActions, int amberActions,
        int greenActions) {

    public StrategyOverview {
        objectives = List.copyOf(objectives);
    }
}
