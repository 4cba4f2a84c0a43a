package org.hearth.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.partnership.AgencyId;
import org.hearth.strategy.ActionArea;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.ProgressUpdate;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.ThemeId;
import org.junit.jupiter.api.Test;

/** What the strategy pages show, in words and GOV.UK dates, without the application. */
class StrategyViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void aStrategyRowCountsOpenAndOverdueActionsAndSaysWhetherItIsAdopted() {
        StrategyAction late = action(null, TODAY.minusDays(3), null, List.of());
        StrategyAction done = action(null, TODAY.minusDays(30), TODAY.minusDays(40), List.of());
        Strategy draft = strategy(List.of(), List.of(late, done), null);
        var row = StrategyViews.strategy(draft, TODAY);
        assertThat(row.period()).isEqualTo("1 April 2026 to 31 March 2029");
        assertThat(row.status()).isEqualTo("Draft");
        assertThat(row.statusColour()).isEqualTo("grey");
        assertThat(row.open()).isEqualTo(1);
        assertThat(row.overdue()).isEqualTo(1);
        assertThat(StrategyViews.adoption(draft)).isNull();
        Strategy adopted = strategy(List.of(), List.of(), LocalDate.of(2026, 5, 7));
        assertThat(StrategyViews.strategy(adopted, TODAY).status()).isEqualTo("Adopted");
        assertThat(StrategyViews.adoption(adopted)).isEqualTo("Adopted on 7 May 2026 by the board");
    }

    @Test
    void anActionRowNamesItsAreaAndItsLatestUpdate() {
        ActionArea area = new ActionArea(ActionAreaId.random(), 3, "Early help", List.of());
        StrategyAction quiet = action(area.id(), TODAY.plusDays(1), null, List.of());
        StrategyAction updated = action(null, TODAY.minusDays(1), null,
                List.of(new ProgressUpdate(LocalDate.of(2026, 6, 1), "Started", "Coordinator", Rag.GREEN, false)));
        Strategy s = strategy(List.of(area), List.of(quiet, updated), null);
        var row = StrategyViews.action(s, quiet, TODAY);
        assertThat(row.area()).isEqualTo("3. Early help");
        assertThat(row.lastUpdate()).isEqualTo("No updates yet");
        assertThat(row.due()).isEqualTo("16 June 2026");
        assertThat(row.overdue()).isFalse();
        var other = StrategyViews.action(s, updated, TODAY);
        assertThat(other.area()).isEqualTo("Not in an action area");
        assertThat(other.lastUpdate()).isEqualTo("1 June 2026: Started");
        assertThat(other.overdue()).isTrue();
    }

    @Test
    void historiesAndUpdatesListTheNewestFirst() {
        Objective o = new Objective(ObjectiveId.random(), ThemeId.random(), "Protection", "Fewer repeats",
                List.of(new StatusChange(ObjectiveStatus.GAP_IDENTIFIED, LocalDate.of(2025, 4, 1), "A", null),
                        new StatusChange(ObjectiveStatus.WORKING_TOWARDS, LocalDate.of(2025, 10, 1), "B", "Funded")));
        assertThat(StrategyViews.history(o)).extracting(StrategyViews.HistoryRow::on)
                .containsExactly("1 October 2025", "1 April 2025");
        assertThat(StrategyViews.history(o).get(1).note()).isEmpty();
        assertThat(StrategyViews.lastMove(o)).isEqualTo("Moved from Gap identified to Working towards on 1 October 2025");

        StrategyAction a = action(null, TODAY, null, List.of(
                new ProgressUpdate(LocalDate.of(2026, 5, 1), "First", "A", null, false),
                new ProgressUpdate(LocalDate.of(2026, 6, 1), "Second", "B", Rag.RED, false)));
        assertThat(StrategyViews.updates(a)).extracting(StrategyViews.UpdateRow::text).containsExactly("Second", "First");
        assertThat(StrategyViews.updates(a).get(1).rag()).isNull();
        assertThat(StrategyViews.ragChoices(a).get(0).label()).isEqualTo("Keep it amber");
    }

    private static StrategyAction action(ActionAreaId area, LocalDate due, LocalDate doneOn,
            List<ProgressUpdate> progress) {
        return new StrategyAction(ActionId.random(), null, area, "Do it", AgencyId.random(), "Police", due, Rag.AMBER,
                doneOn, null, progress);
    }

    private static Strategy strategy(List<ActionArea> areas, List<StrategyAction> actions, LocalDate adoptedOn) {
        return new Strategy(StrategyId.random(), "S", LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), adoptedOn,
                adoptedOn == null ? null : "the board", List.of(), areas, actions);
    }
}
