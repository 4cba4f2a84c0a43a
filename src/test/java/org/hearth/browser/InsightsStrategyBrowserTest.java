package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.access.Role;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.ThemeId;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator updates an action of the adopted strategy on the strategy pages and sees the strategy status change
 * on the insights dashboard. The strategy covers a year far ahead of its own, so no other test's strategy is current
 * then.
 */
@HearthIntegrationTest
class InsightsStrategyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StrategyPlans plans;

    @Test
    void anActionTurnedGreenShowsOnTheDashboard() {
        int year = ThreadLocalRandom.current().nextInt(2200, 2900);
        LocalDate today = plans.today();
        String title = Fixtures.uniqueName("Safer homes strategy ");
        StrategyId strategy = plans.create(title, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).id();
        ThemeId theme = plans.addTheme(strategy, "Support");
        ObjectiveId objective = plans.addObjective(strategy, theme, "Enough refuge places for the area",
                ObjectiveStatus.WORKING_TOWARDS, today, null);
        var area = plans.addArea(strategy, "Refuge provision", java.util.List.of(objective));
        ActionId action = plans.addAction(strategy, new StrategyPlans.NewAction(area, "Commission two more refuge places",
                fixtures.agency("Test Agency").id(), LocalDate.of(year, 6, 30), Rag.AMBER, null));
        plans.adopt(strategy, today, "Partnership board");

        WebDriver driver = chromium.driver();
        var coordinator = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        LoginPage.open(driver, base()).signIn(coordinator.username(), coordinator.password())
                .enterCode(coordinator.code(0));
        String query = "from=" + year + "-01-01&to=" + year + "-06-30";

        InsightsDashboardPage before = InsightsDashboardPage.open(driver, base(), query);
        assertThat(before.strategyTitle()).isEqualTo(title);
        assertThat(before.count("open-actions")).isEqualTo("1");
        assertThat(before.count("amber-actions")).isEqualTo("1");
        assertThat(before.count("green-actions")).isEqualTo("0");
        assertThat(before.objectiveStatus("Enough refuge places for the area")).isEqualTo("Working towards");

        StrategyActionPage page = StrategyActionPage.open(driver, base(), strategy.value().toString(),
                action.value().toString());
        page = page.recordProgress("Two places commissioned from the refuge provider.", today, "GREEN");
        assertThat(page.rag()).isEqualTo("Green");

        InsightsDashboardPage after = InsightsDashboardPage.open(driver, base(), query);
        assertThat(after.count("amber-actions")).isEqualTo("0");
        assertThat(after.count("green-actions")).isEqualTo("1");
        assertThat(after.count("open-actions")).isEqualTo("1");
        chromium.screenshot("insights-strategy-status");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
