package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole strategy's themes and objectives, read in one statement for all themes (not one a theme, as the
 * insights' strategy part once did), come out as read theme by theme: themes in their order, each with its own
 * objectives in their order, objectives added out of order across themes, and one with no status yet left out.
 */
@HearthIntegrationTest
class StrategyObjectivesReadTest {

    @Autowired
    StrategyPlans plans;
    @Autowired
    StrategyStatus status;
    @Autowired
    JdbcClient jdbc;

    @Test
    void threeThemesObjectivesAreTheSameAsReadThemeByTheme() {
        LocalDate starts = StrategyYears.next();
        LocalDate on = plans.today().minusMonths(1);
        Strategy s = plans.create("Objectives by theme", starts, starts.plusMonths(11));
        ThemeId prevention = plans.addTheme(s.id(), "Prevention");
        ThemeId support = plans.addTheme(s.id(), "Support");
        ThemeId justice = plans.addTheme(s.id(), "Justice");
        plans.addObjective(s.id(), justice, "Courts hear cases sooner", ObjectiveStatus.GAP_IDENTIFIED, on, null);
        plans.addObjective(s.id(), prevention, "Schools teach healthy relationships", ObjectiveStatus.WORKING_TOWARDS,
                on, null);
        plans.addObjective(s.id(), support, "Refuge places meet the need", ObjectiveStatus.GAP_IDENTIFIED, on, null);
        plans.addObjective(s.id(), prevention, "Employers have a policy", ObjectiveStatus.GAP_IDENTIFIED, on, null);
        plans.addObjective(s.id(), justice, "Victims are kept informed", ObjectiveStatus.WORKING_TOWARDS, on, null);
        plans.adopt(s.id(), plans.today(), "the board");

        Strategy read = plans.find(s.id()).orElseThrow();

        assertThat(read.themes()).extracting(Theme::name).containsExactly("Prevention", "Support", "Justice");
        List<String> byTheme = new ArrayList<>();
        for (Theme t : read.themes()) {
            t.objectives().forEach(o -> byTheme.add(t.name() + ": " + o.text() + " (" + o.current().status() + ")"));
        }
        assertThat(byTheme).containsExactly("Prevention: Schools teach healthy relationships (WORKING_TOWARDS)",
                "Prevention: Employers have a policy (GAP_IDENTIFIED)", "Support: Refuge places meet the need (GAP_IDENTIFIED)",
                "Justice: Courts hear cases sooner (GAP_IDENTIFIED)", "Justice: Victims are kept informed (WORKING_TOWARDS)");
        assertThat(byTheme).containsExactlyElementsOf(themeByTheme(s.id().value()));
        assertThat(status.current(starts.plusDays(1)).orElseThrow().objectives())
                .extracting(l -> l.theme() + ": " + l.objective())
                .containsExactly("Prevention: Schools teach healthy relationships", "Prevention: Employers have a policy",
                        "Support: Refuge places meet the need", "Justice: Courts hear cases sooner",
                        "Justice: Victims are kept informed");
    }

    /** The objectives as the reader once read them: the themes, then each theme's objectives by a statement of its own. */
    private List<String> themeByTheme(UUID strategy) {
        List<String> lines = new ArrayList<>();
        List<UUID> themes = jdbc.sql("SELECT id FROM strategy_theme WHERE strategy_id = :s ORDER BY position")
                .param("s", strategy).query(UUID.class).list();
        for (UUID theme : themes) {
            String name = jdbc.sql("SELECT name FROM strategy_theme WHERE id = :t").param("t", theme)
                    .query(String.class).single();
            jdbc.sql("""
                    SELECT o.text, (SELECT s.status FROM strategy_objective_status s WHERE s.objective_id = o.id
                                    ORDER BY s.recorded_on DESC, s.recorded_at DESC, s.id DESC LIMIT 1) AS status
                    FROM strategy_objective o WHERE o.theme_id = :theme ORDER BY o.position""")
                    .param("theme", theme).query((rs, n) -> name + ": " + rs.getString("text") + " ("
                            + rs.getString("status") + ")").list().forEach(lines::add);
        }
        return lines;
    }
}
