package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.partnership.AgencyId;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswer;
import org.hearth.strategy.ChecklistQuestion;
import org.hearth.strategy.ChecklistRun;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyOverview;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.StrategyStatus;
import org.hearth.strategy.StrategyYears;
import org.hearth.strategy.ThemeId;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Strategy pages in the browser: a coordinator updates an overdue red action and the strategy's status (what
 * dashboards read) follows at once; every strategy and checklist page, and a form with errors, meets WCAG 2.2 AA.
 */
@HearthIntegrationTest
class StrategyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StrategyPlans plans;
    @Autowired
    StrategyStatus status;
    @Autowired
    PartnershipChecklist checklist;

    @Test
    void updatingAnActionShowsAtOnceAndThePagesAreAccessible() {
        LocalDate starts = StrategyYears.next();
        LocalDate today = plans.today();
        Strategy s = plans.create(Fixtures.uniqueName("Browser strategy "), starts, starts.plusMonths(11));
        ThemeId theme = plans.addTheme(s.id(), "Protection");
        ObjectiveId objective = plans.addObjective(s.id(), theme, "Multi-agency risk management", ObjectiveStatus.GAP_IDENTIFIED,
                today.minusMonths(1), null);
        ActionAreaId area = plans.addArea(s.id(), "Multi-agency risk assessment", List.of(objective));
        AgencyId police = fixtures.agency("Testshire Police").id();
        ActionId action = plans.addAction(s.id(), new StrategyPlans.NewAction(area, "Launch the MARAC", police,
                today.minusDays(2), Rag.RED, null));
        plans.adopt(s.id(), today, "Testshire board");
        assertThat(status.current(starts).orElseThrow().redActions()).isEqualTo(1);

        var user = fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR);
        WebDriver driver = chromium.driver();
        LoginPage.open(driver, base()).signIn(user.username(), user.password()).enterCode(user.code(0));

        String path = "/strategy/plans/" + s.id();
        ActionPlanPage page = ActionPlanPage.open(driver, base() + path + "/actions/" + action);
        assertThat(page.rag()).isEqualTo("Red");
        assertThat(page.overdue()).isTrue();
        Wcag.assertMeetsAa(driver, "an action");
        page = page.recordProgress("Terms of reference agreed", "GREEN", false);
        assertThat(page.banner()).contains("Progress recorded");
        assertThat(page.rag()).isEqualTo("Green");
        StrategyOverview after = status.current(starts).orElseThrow();
        assertThat(after.redActions()).isZero();
        assertThat(after.greenActions()).isEqualTo(1);
        page = page.recordProgress("First MARAC held", "GREEN", true);
        assertThat(page.status()).startsWith("Done on");
        assertThat(status.current(starts).orElseThrow().openActions()).isZero();

        Map<String, ChecklistAnswer> answers = new java.util.LinkedHashMap<>();
        for (ChecklistQuestion q : checklist.questions()) {
            answers.put(q.code(), q.code().startsWith("RS") ? ChecklistAnswer.NO : ChecklistAnswer.YES);
        }
        ChecklistRun run = checklist.record(today, answers, Map.of());
        for (String p : List.of("/strategy/plans", path, path + "/overdue", path + "/objectives/" + objective,
                path + "/adopt", path + "/themes/new", path + "/objectives/new", path + "/areas/new",
                path + "/actions/new", "/strategy/plans/new", "/strategy/checklist", "/strategy/checklist/new",
                "/strategy/checklist/" + run.id())) {
            driver.get(base() + p);
            Wcag.assertMeetsAa(driver, p);
        }
        driver.get(base() + path + "/actions/new");
        Page.submit(driver);
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
        Wcag.assertMeetsAa(driver, "action form with errors");
        driver.get(base() + "/strategy/checklist/new");
        Page.submit(driver);
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
        Wcag.assertMeetsAa(driver, "checklist form with errors");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
