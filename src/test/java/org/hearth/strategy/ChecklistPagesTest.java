package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.access.Role;
import org.hearth.admin.Forms;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership checklist through the pages: every question must be answered (errors in the form's order, nothing
 * written), the run's summary shows strengths and gaps by area and the problems found, and "Create an action" from
 * a gap lands in the current strategy's action plan, linked both ways.
 */
@HearthIntegrationTest
class ChecklistPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StrategyPlans plans;
    @Autowired
    PartnershipChecklist checklist;
    @Autowired
    JdbcClient jdbc;

    int runs() {
        return jdbc.sql("SELECT count(*) FROM checklist_run").query(Integer.class).single();
    }

    @Test
    void aRunSummedUpAndAGapTurnedIntoAnAction() {
        // an adopted strategy covering today, the latest adopted, so it is the current one
        LocalDate today = plans.today();
        Strategy current = plans.create(Fixtures.uniqueName("Current "), today.minusMonths(1), today.plusYears(1));
        plans.adopt(current.id(), today, "Testshire board");

        WebSession coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
        Page form = coordinator.get("/strategy/checklist/new");
        assertThat(form.status()).isEqualTo(200);
        List<ChecklistQuestion> questions = checklist.questions();
        assertThat(questions).hasSize(22);
        assertThat(form.html().select("fieldset[id^=question-]")).hasSize(questions.size());
        assertThat(form.html().select("h2.govuk-heading-m").eachText()).containsExactly("Sustainability and leadership",
                "Structures for partnership working", "A realistic strategy founded on resources",
                "Practice development and service delivery", "The coordinator role");

        int before = runs();
        Page bad = Forms.post(coordinator, form, "/strategy/checklist", "runOn.day", "40", "runOn.month", "1",
                "runOn.year", "2026", "answer-SL1", "YES", "answer-SL2", "MAYBE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().title()).startsWith("Error: ");
        List<String> hrefs = bad.html().select(".govuk-error-summary__list a").eachAttr("href");
        assertThat(hrefs.get(0)).isEqualTo("#runOn");
        assertThat(hrefs.get(1)).isEqualTo("#answer-SL2");
        assertThat(hrefs).hasSize(questions.size()).doesNotContain("#answer-SL1");
        assertThat(bad.html().select("input[name=answer-SL1][checked]").val()).as("keeps what was typed").isEqualTo("YES");
        assertThat(runs()).as("nothing written").isEqualTo(before);

        List<String> fields = new ArrayList<>(List.of("runOn.day", String.valueOf(today.getDayOfMonth()), "runOn.month",
                String.valueOf(today.getMonthValue()), "runOn.year", String.valueOf(today.getYear())));
        for (ChecklistQuestion q : questions) {
            fields.add("answer-" + q.code());
            fields.add(switch (q.code()) {
                case "RS1" -> "NO";
                case "ST3" -> "PARTLY";
                default -> "YES";
            });
        }
        fields.addAll(List.of("note-RS1", "New initiatives unfunded"));
        Page recorded = Forms.post(coordinator, form, "/strategy/checklist", fields.toArray(String[]::new));
        assertThat(recorded.status()).isEqualTo(303);
        String runPath = recorded.location().replaceAll("^https?://[^/]+", "");
        Page run = coordinator.get(runPath);
        assertThat(Forms.successBanner(run)).contains("Checklist recorded");
        assertThat(run.html().select("#problems-found li").eachText()).containsExactly("Inadequate resources");
        assertThat(run.html().select(".verdict").eachText()).containsExactly("Strength", "Partly in place", "Gap",
                "Strength", "Strength");
        assertThat(run.html().select("tr[data-question=RS1]").text()).contains("No", "New initiatives unfunded");

        String create = run.html().select("tr[data-question=RS1] a.create-action").attr("href");
        assertThat(create).startsWith("/strategy/plans/" + current.id() + "/actions/new?fromAnswer=");
        Page actionForm = coordinator.get(create);
        assertThat(actionForm.status()).isEqualTo(200);
        assertThat(actionForm.html().select("#description").text()).startsWith("Close the checklist gap: Is the strategy"
                + " founded on the resources");
        String answer = actionForm.html().select("input[name=fromAnswer]").val();
        String owner = fixtures.agency("Testshire Community Safety Team").id().value().toString();
        Page added = Forms.post(coordinator, actionForm, "/strategy/plans/" + current.id() + "/actions", "fromAnswer",
                answer, "area", "", "description", actionForm.html().select("#description").text(), "owner", owner,
                "rag", "AMBER", "dueOn.day", "1", "dueOn.month", "1", "dueOn.year", String.valueOf(today.getYear() + 1));
        assertThat(added.status()).isEqualTo(303);
        Page action = coordinator.get(added.location().replaceAll("^https?://[^/]+", ""));
        assertThat(action.html().select("#from-checklist a").attr("href")).isEqualTo(runPath);
        assertThat(action.html().select("#from-checklist").text()).contains("RS1:");
        Page after = coordinator.get(runPath);
        assertThat(after.html().select("tr[data-question=RS1] a.create-action")).isEmpty();
        assertThat(after.html().select("tr[data-question=RS1] .gap-action a").attr("href"))
                .isEqualTo(added.location().replaceAll("^https?://[^/]+", ""));
        assertThat(plans.find(current.id()).orElseThrow().actions()).singleElement()
                .satisfies(a -> assertThat(a.fromAnswer().toString()).isEqualTo(answer));
    }
}
