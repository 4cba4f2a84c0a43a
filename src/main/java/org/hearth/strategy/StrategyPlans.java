package org.hearth.strategy;

import org.hearth.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.partnership.AgencyId;

/**
 * Strategies and their action plans. Every change is audited (record types {@code strategy} and
 * {@code strategy_action}); invalid input fails with {@link InvalidInputException} naming the fields, and writes
 * nothing. Unknown ids fail with {@link java.util.NoSuchElementException}.
 */
public interface StrategyPlans {

    /** Every strategy, the latest period first. */
    List<Strategy> all();

    Optional<Strategy> find(StrategyId id);

    /** The adopted strategy covering {@code on} (the latest adopted when several do). */
    Optional<Strategy> current(LocalDate on);

    /**
     * The strategy {@link #current} gives, with its actions only (their owners named, no progress updates) and no
     * themes or areas: for a list of its actions, read without the whole plan.
     */
    Optional<Strategy> currentActions(LocalDate on);

    /** The strategy an action belongs to. */
    Optional<Strategy> strategyOf(ActionId action);

    /** The strategy an objective belongs to. */
    Optional<Strategy> strategyOfObjective(ObjectiveId objective);

    /** Starts a draft strategy (fields {@code title}, {@code startsOn}, {@code endsOn}). */
    Strategy create(String title, LocalDate startsOn, LocalDate endsOn);

    /** Records that the board named adopted it on a date (fields {@code adoptedOn}, {@code adoptedBy}). */
    Strategy adopt(StrategyId id, LocalDate adoptedOn, String adoptedBy);

    /** Adds a theme (field {@code name}). */
    ThemeId addTheme(StrategyId id, String name);

    /** Adds an objective under a theme with its first status (fields {@code theme}, {@code text}, {@code status}). */
    ObjectiveId addObjective(StrategyId id, ThemeId theme, String text, ObjectiveStatus status, LocalDate on,
            String note);

    /** Records an objective's status on a date (fields {@code status}, {@code on}, {@code note}). */
    void recordStatus(ObjectiveId objective, ObjectiveStatus status, LocalDate on, String note);

    /** Adds an action area mapped to objectives of the strategy (fields {@code title}, {@code objectives}). */
    ActionAreaId addArea(StrategyId id, String title, List<ObjectiveId> objectives);

    /** An action to add: {@code area} and {@code fromAnswer} may be null. */
    record NewAction(ActionAreaId area, String description, AgencyId owner, LocalDate dueOn, Rag rag,
            ChecklistAnswerId fromAnswer) {
    }

    /** Adds an action (fields {@code area}, {@code description}, {@code owner}, {@code dueOn}, {@code rag}). */
    ActionId addAction(StrategyId id, NewAction action);

    /**
     * A progress update on an action (fields {@code text}, {@code on}, {@code rag}): a null RAG keeps it, done closes
     * the action on that date. A done action takes no more updates.
     */
    void progress(ActionId action, LocalDate on, String text, Rag rag, boolean done);

    /** The action raised from a checklist answer, if any. */
    Optional<StrategyAction> actionFrom(ChecklistAnswerId answer);

    /** Today in the partnership's time zone. */
    LocalDate today();
}
