package org.hearth.strategy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans.NewAction;
import org.hearth.strategy.Theme;
import org.hearth.strategy.ThemeId;
import org.junit.jupiter.api.Test;

/** The rules of a strategy, without a database ({@link StrategyPlanRules}). */
class StrategyPlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ThemeId THEME = ThemeId.random();
    private static final ObjectiveId OBJECTIVE = ObjectiveId.random();

    private static Strategy strategy(LocalDate adoptedOn) {
        Objective o = new Objective(OBJECTIVE, THEME, "Safety", "Fewer repeat victims",
                List.of(new StatusChange(ObjectiveStatus.WORKING_TOWARDS, TODAY, "Sam", null)));
        return new Strategy(StrategyId.random(), "Strategy 2026", TODAY, TODAY.plusYears(3), adoptedOn,
                adoptedOn == null ? null : "The board", List.of(new Theme(THEME, "Safety", List.of(o))), List.of(),
                List.of());
    }

    @Test
    void aStrategyAndItsAdoption() {
        assertThat(StrategyPlanRules.strategy("Plan", TODAY, TODAY).errors).containsOnlyKeys("endsOn");
        assertThat(StrategyPlanRules.strategy(" ", null, null).errors).containsOnlyKeys("title", "startsOn", "endsOn");
        assertThat(StrategyPlanRules.adoption(strategy(TODAY), TODAY, "The board", TODAY).errors)
                .containsEntry("adoptedOn", "This strategy has already been adopted");
        assertThat(StrategyPlanRules.adoption(strategy(null), TODAY.plusDays(1), "b".repeat(201), TODAY).errors)
                .containsOnlyKeys("adoptedOn", "adoptedBy");
        assertThatThrownBy(() -> StrategyPlanRules.strategy("", TODAY, TODAY.plusYears(1)).fail())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void themesAndObjectives() {
        assertThat(StrategyPlanRules.theme(strategy(null), " safety ").errors)
                .containsEntry("name", "This strategy already has a theme called safety");
        assertThat(StrategyPlanRules.objective(strategy(null), ThemeId.random(), "Text", null, null, "n".repeat(2001),
                TODAY).errors).containsOnlyKeys("theme", "on", "status", "note");
        assertThat(StrategyPlanRules.objective(strategy(null), THEME, "Text", ObjectiveStatus.ACHIEVED, TODAY, null,
                TODAY).errors).isEmpty();
        assertThat(StrategyPlanRules.status(ObjectiveStatus.ACHIEVED, TODAY.plusDays(1), null, TODAY).errors)
                .containsOnlyKeys("on");
    }

    @Test
    void areasAndActions() {
        assertThat(StrategyPlanRules.area(strategy(null), "Area", List.of()).errors).containsOnlyKeys("objectives");
        assertThat(StrategyPlanRules.area(strategy(null), "Area", List.of(ObjectiveId.random())).errors)
                .containsEntry("objectives", "Select objectives of this strategy");
        assertThat(StrategyPlanRules.area(strategy(null), "Area", List.of(OBJECTIVE)).errors).isEmpty();
        NewAction a = new NewAction(ActionAreaId.random(), "Train staff", AgencyId.random(), TODAY, Rag.GREEN,
                null);
        assertThat(StrategyPlanRules.action(strategy(null), a, false, true).errors).containsOnlyKeys("area", "owner");
        NewAction empty = new NewAction(null, null, null, null, null,
                new org.hearth.strategy.ChecklistAnswerId(java.util.UUID.randomUUID()));
        assertThat(StrategyPlanRules.action(strategy(null), empty, true, false).errors)
                .containsOnlyKeys("description", "owner", "dueOn", "rag", "fromAnswer");
    }

    @Test
    void aDoneActionTakesNoMoreUpdates() {
        StrategyAction done = new StrategyAction(ActionId.random(), StrategyId.random(), null, "Train staff",
                AgencyId.random(), "Vale Housing", TODAY, Rag.GREEN, TODAY, null, List.of());
        assertThat(StrategyPlanRules.progress(done, TODAY, "More", TODAY).errors).containsOnlyKeys("text");
        StrategyAction open = new StrategyAction(ActionId.random(), StrategyId.random(), null, "Train staff",
                AgencyId.random(), "Vale Housing", TODAY, Rag.GREEN, null, null, List.of());
        assertThat(StrategyPlanRules.progress(open, null, "More", TODAY).errors).containsOnlyKeys("on");
        assertThat(StrategyPlanRules.progress(open, TODAY, "More", TODAY).errors).isEmpty();
    }
}
