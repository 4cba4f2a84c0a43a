package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;
import org.junit.jupiter.api.Test;

/** The rules of a strategy: when an action is overdue, an objective's status history and movement, the prompts. */
class StrategyRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static StrategyAction action(ActionAreaId area, LocalDate due, Rag rag, LocalDate doneOn) {
        return new StrategyAction(ActionId.random(), null, area, "Do it", AgencyId.random(), "Police", due, rag, doneOn,
                null, List.of());
    }

    static Objective objective(StatusChange... history) {
        return new Objective(ObjectiveId.random(), ThemeId.random(), "Protection", "Objective", List.of(history));
    }

    static StatusChange change(ObjectiveStatus status, LocalDate on) {
        return new StatusChange(status, on, "Coordinator", null);
    }

    @Test
    void anOpenActionIsOverdueTheDayAfterItIsDue() {
        assertThat(action(null, TODAY.minusDays(1), Rag.GREEN, null).overdue(TODAY)).isTrue();
        assertThat(action(null, TODAY, Rag.GREEN, null).overdue(TODAY)).as("due today").isFalse();
        assertThat(action(null, TODAY.plusDays(1), Rag.RED, null).overdue(TODAY)).isFalse();
        assertThat(action(null, TODAY.minusMonths(2), Rag.RED, TODAY.minusDays(3)).overdue(TODAY))
                .as("done, however late").isFalse();
    }

    @Test
    void theStrategyListsOverdueActionsMostOverdueFirst() {
        StrategyAction late = action(null, TODAY.minusDays(2), Rag.AMBER, null);
        StrategyAction later = action(null, TODAY.minusDays(20), Rag.RED, null);
        StrategyAction open = action(null, TODAY.plusDays(5), Rag.GREEN, null);
        StrategyAction done = action(null, TODAY.minusDays(30), Rag.GREEN, TODAY.minusDays(1));
        Strategy s = new Strategy(StrategyId.random(), "S", TODAY.minusYears(1), TODAY.plusYears(1), null, null,
                List.of(), List.of(), List.of(late, open, later, done));
        assertThat(s.overdue(TODAY)).containsExactly(later, late);
    }

    @Test
    void movementComparesTheStatusHeldOnADateWithTheCurrentOne() {
        LocalDate report = LocalDate.of(2026, 3, 31);
        Objective o = objective(change(ObjectiveStatus.GAP_IDENTIFIED, LocalDate.of(2025, 4, 1)),
                change(ObjectiveStatus.WORKING_TOWARDS, LocalDate.of(2025, 10, 1)),
                change(ObjectiveStatus.SOME_SUCCESS, LocalDate.of(2026, 5, 2)));
        assertThat(o.current().status()).isEqualTo(ObjectiveStatus.SOME_SUCCESS);
        assertThat(o.previous().status()).isEqualTo(ObjectiveStatus.WORKING_TOWARDS);
        assertThat(o.statusOn(report).status()).isEqualTo(ObjectiveStatus.WORKING_TOWARDS);
        assertThat(o.movementSince(report)).isEqualTo("Moved from Working towards to Some success since 31 March 2026");
        assertThat(o.movementSince(LocalDate.of(2025, 6, 1)))
                .isEqualTo("Moved from Gap identified to Some success since 1 June 2025");
        assertThat(o.movedSince(report)).isTrue();
        assertThat(o.movementSince(LocalDate.of(2026, 5, 2))).as("a change on the day counts as held that day")
                .isEqualTo("No change since 2 May 2026");
        assertThat(o.movedSince(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(o.movementSince(LocalDate.of(2025, 1, 1))).isEqualTo("New since 1 January 2025: Some success");
        assertThat(objective(change(ObjectiveStatus.ACHIEVED, report)).previous()).isNull();
    }

    @Test
    void anObjectivesActionsPromptAReviewButNeverChangeIt() {
        ActionAreaId area = ActionAreaId.random();
        Objective o = objective(change(ObjectiveStatus.SOME_SUCCESS, TODAY.minusMonths(1)));
        ActionArea mapped = new ActionArea(area, 1, "Area", List.of(o.id()));
        Theme theme = new Theme(o.themeId(), "Protection", List.of(o));
        Strategy red = new Strategy(StrategyId.random(), "S", TODAY, TODAY.plusYears(1), null, null, List.of(theme),
                List.of(mapped), List.of(action(area, TODAY, Rag.RED, null), action(area, TODAY, Rag.GREEN, null),
                        action(null, TODAY, Rag.RED, null)));
        assertThat(red.actionsFor(o.id())).hasSize(2);
        assertThat(red.prompt(o.id())).isEqualTo("1 open action is red: review this status");
        Strategy allDone = new Strategy(StrategyId.random(), "S", TODAY, TODAY.plusYears(1), null, null, List.of(theme),
                List.of(mapped), List.of(action(area, TODAY, Rag.RED, TODAY)));
        assertThat(allDone.prompt(o.id())).isEqualTo("Every action is done: is it achieved?");
        Strategy none = new Strategy(StrategyId.random(), "S", TODAY, TODAY.plusYears(1), null, null, List.of(theme),
                List.of(mapped), List.of(action(area, TODAY, Rag.AMBER, null)));
        assertThat(none.prompt(o.id())).isNull();
        assertThat(red.objective(o.id()).orElseThrow().current().status()).isEqualTo(ObjectiveStatus.SOME_SUCCESS);
    }

    @Test
    void aStrategyCoversTheDaysOfItsPeriod() {
        Strategy s = new Strategy(StrategyId.random(), "S", LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), null,
                null, List.of(), List.of(), List.of());
        assertThat(s.covers(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(s.covers(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(s.covers(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(s.covers(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(s.covers(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31))).isFalse();
        assertThat(s.adopted()).isFalse();
    }
}
