package org.hearth.strategy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.strategy.ActionArea;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ProgressUpdate;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.Theme;
import org.hearth.strategy.ThemeId;
import org.springframework.stereotype.Component;

/**
 * A whole strategy assembled from its rows ({@link StrategyStore}; it is small: a few themes, a dozen objectives, tens
 * of actions), each action's owner named from the partnership's agencies. No checks and no audit.
 */
@Component
class StrategyReader {

    private final StrategyStore store;
    private final Partnerships partnerships;

    StrategyReader(StrategyStore store, Partnerships partnerships) {
        this.store = store;
        this.partnerships = partnerships;
    }

    Optional<Strategy> load(UUID id) {
        Optional<StrategyStore.Head> head = store.head(id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<StatusChange>> statuses = store.statuses(id);
        Map<UUID, List<StrategyStore.ObjectiveRow>> byTheme = store.objectives(id);
        List<Theme> themes = new ArrayList<>();
        for (StrategyStore.ThemeRow t : store.themes(id)) {
            // an objective shows once it has a status
            List<Objective> objectives = byTheme.getOrDefault(t.id(), List.of()).stream()
                    .map(o -> new Objective(new ObjectiveId(o.id()), new ThemeId(t.id()), t.name(), o.text(),
                            statuses.getOrDefault(o.id(), List.of())))
                    .filter(o -> !o.history().isEmpty()).toList();
            themes.add(new Theme(new ThemeId(t.id()), t.name(), objectives));
        }
        Map<UUID, List<ObjectiveId>> mapped = store.areaObjectives(id);
        List<ActionArea> areas = store.areas(id).stream().map(a -> new ActionArea(new ActionAreaId(a.id()),
                a.number(), a.title(), mapped.getOrDefault(a.id(), List.of()))).toList();
        StrategyStore.Head h = head.get();
        return Optional.of(new Strategy(new StrategyId(id), h.title(), h.starts(), h.ends(), h.adoptedOn(),
                h.adoptedBy(), themes, areas, actions(id, store.progress(id))));
    }

    /**
     * The strategy with its actions only, each without its progress updates, and no themes or areas: for a list of
     * actions (My work), three statements instead of the whole plan's dozen.
     */
    Optional<Strategy> loadActions(UUID id) {
        return store.head(id).map(h -> new Strategy(new StrategyId(id), h.title(), h.starts(), h.ends(), h.adoptedOn(),
                h.adoptedBy(), List.of(), List.of(), actions(id, Map.of())));
    }

    /** The strategy's actions, their owners named from the partnership's agencies read once. */
    private List<StrategyAction> actions(UUID id, Map<UUID, List<ProgressUpdate>> progress) {
        StrategyId sid = new StrategyId(id);
        List<StrategyStore.ActionRow> rows = store.actions(id);
        Map<UUID, String> owners = new HashMap<>();
        if (!rows.isEmpty()) {
            partnerships.agencies().forEach(g -> owners.put(g.id().value(), g.name()));
        }
        return rows.stream().map(a -> new StrategyAction(new ActionId(a.id()), sid,
                a.area() == null ? null : new ActionAreaId(a.area()), a.description(), new AgencyId(a.owner()),
                owners.getOrDefault(a.owner(), "Unknown agency"), a.dueOn(), a.rag(), a.doneOn(),
                a.answer() == null ? null : new ChecklistAnswerId(a.answer()),
                progress.getOrDefault(a.id(), List.of()))).toList();
    }
}
