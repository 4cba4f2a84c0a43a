package org.hearth.strategy;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;

/**
 * An action of a strategy's action plan: owned by a partnership agency, due on a date, with its RAG and progress
 * updates (oldest first). {@code area} is null for an action not yet put in an action area (e.g. one raised from a
 * checklist gap, {@code fromAnswer}).
 */
public record StrategyAction(ActionId id, StrategyId strategy, ActionAreaId area, String description, AgencyId owner,
        String ownerName, LocalDate dueOn, Rag rag, LocalDate doneOn, ChecklistAnswerId fromAnswer,
        List<ProgressUpdate> progress) {

    public StrategyAction {
        progress = List.copyOf(progress);
    }

    public boolean done() {
        return doneOn != null;
    }

    /** Overdue: still open after its due date (an action due today is not overdue yet). */
    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }

    /** The latest progress update, or null. */
    public ProgressUpdate lastUpdate() {
        return progress.isEmpty() ? null : progress.get(progress.size() - 1);
    }
}
