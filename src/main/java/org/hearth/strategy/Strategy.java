package org.hearth.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partnership strategy: its period, whether adopted (on a date, by the board named), its themes and objectives,
 * its action areas and its actions.
 */
public record Strategy(StrategyId id, String title, LocalDate startsOn, LocalDate endsOn, LocalDate adoptedOn,
        String adoptedBy, List<Theme> themes, List<ActionArea> areas, List<StrategyAction> actions) {

    public Strategy {
        themes = List.copyOf(themes);
        areas = List.copyOf(areas);
        actions = List.copyOf(actions);
    }

    public boolean adopted() {
        return adoptedOn != null;
    }

    /** True when {@code day} falls within the strategy's period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** True when the whole of {@code from} to {@code to} falls within the strategy's period. */
    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(startsOn) && !to.isAfter(endsOn);
    }

    public List<Objective> objectives() {
        return themes.stream().flatMap(t -> t.objectives().stream()).toList();
    }

    public Optional<Objective> objective(ObjectiveId id) {
        return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<ActionArea> area(ActionAreaId id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<StrategyAction> action(ActionId id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Open actions past their due date, the most overdue first. */
    public List<StrategyAction> overdue(LocalDate today) {
        return actions.stream().filter(a -> a.overdue(today))
                .sorted(java.util.Comparator.comparing(StrategyAction::dueOn)).toList();
    }

    /** The actions working towards an objective: those in the action areas mapped to it. */
    public List<StrategyAction> actionsFor(ObjectiveId objective) {
        List<ActionAreaId> mapped = areas.stream().filter(a -> a.objectives().contains(objective))
                .map(ActionArea::id).toList();
        return actions.stream().filter(a -> a.area() != null && mapped.contains(a.area())).toList();
    }

    /**
     * What an objective's actions prompt the coordinator to review, or null: an open red action suggests the status
     * may be worse than recorded; every action done suggests it may be achieved. A prompt only, never a change.
     */
    public String prompt(ObjectiveId objective) {
        List<StrategyAction> mine = actionsFor(objective);
        long red = mine.stream().filter(a -> !a.done() && a.rag() == Rag.RED).count();
        if (red > 0) {
            return red + (red == 1 ? " open action is" : " open actions are") + " red: review this status";
        }
        boolean achieved = objective(objective).map(o -> o.current().status() == ObjectiveStatus.ACHIEVED).orElse(false);
        if (!mine.isEmpty() && mine.stream().allMatch(StrategyAction::done) && !achieved) {
            return "Every action is done: is it achieved?";
        }
        return null;
    }
}
