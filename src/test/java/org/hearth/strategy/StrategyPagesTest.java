package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.admin.Forms;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Strategies through the pages: a coordinator builds one (themes, objectives, an action area, an action), records a
 * new status and sees the movement, sees an overdue action flagged and listed, records progress, and the dashboard
 * API ({@link StrategyStatus}) shows each change at once; bad input is a 400 with the error summary and writes
 * nothing; analysts read only.
 */
@HearthIntegrationTest
class StrategyPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StrategyPlans plans;
    @Autowired
    StrategyStatus status;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    WebSession coordinator;

    @BeforeEach
    void signIn() {
        coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
    }

    static String[] date(String field, LocalDate d) {
        return new String[] {field + ".day", String.valueOf(d.getDayOfMonth()), field + ".month",
                String.valueOf(d.getMonthValue()), field + ".year", String.valueOf(d.getYear())};
    }

    static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    int strategies() {
        return jdbc.sql("SELECT count(*) FROM strategy").query(Integer.class).single();
    }

    @Test
    void aCoordinatorBuildsAStrategyRecordsMovementAndProgress() {
        LocalDate starts = StrategyYears.next();
        LocalDate ends = starts.plusYears(1).minusDays(1);
        String title = Fixtures.uniqueName("Strategy ");
        Page form = coordinator.get("/strategy/plans/new");
        assertThat(form.status()).isEqualTo(200);

        int before = strategies();
        Page bad = Forms.post(coordinator, form, "/strategy/plans", concat(new String[] {"title", " "},
                new String[] {"startsOn.day", "31", "startsOn.month", "2", "startsOn.year", "2026"},
                new String[] {"endsOn.day", "", "endsOn.month", "", "endsOn.year", ""}));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().title()).startsWith("Error: ");
        // an unreal date stops the form there: one message on the date, never the module's "enter the date" beside it
        assertThat(bad.html().select(".govuk-error-summary__list a").eachText())
                .containsExactly("The date must be a real date, for example 27 3 2026");
        assertThat(bad.html().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#startsOn");
        assertThat(bad.html().select("#startsOn-error").eachText()).hasSize(1).allMatch(t -> t.contains("real date"));
        Page blank = Forms.post(coordinator, form, "/strategy/plans", concat(new String[] {"title", " "},
                new String[] {"startsOn.day", "", "startsOn.month", "", "startsOn.year", ""},
                new String[] {"endsOn.day", "", "endsOn.month", "", "endsOn.year", ""}));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#title", "#startsOn", "#endsOn");
        Page backwards = Forms.post(coordinator, form, "/strategy/plans", concat(new String[] {"title", title},
                date("startsOn", ends), date("endsOn", starts)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(Forms.fieldError(backwards, "endsOn")).contains("after the start date");
        assertThat(strategies()).as("nothing written").isEqualTo(before);

        Page created = Forms.post(coordinator, form, "/strategy/plans", concat(new String[] {"title", title},
                date("startsOn", starts), date("endsOn", ends)));
        assertThat(created.status()).isEqualTo(303);
        String path = created.location().replaceAll("^https?://[^/]+", "");
        StrategyId id = new StrategyId(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        Page page = coordinator.get(path);
        assertThat(Forms.successBanner(page)).contains("Strategy started: " + title);
        assertThat(page.html().select("#adoption").text()).contains("Draft");

        Page theme = Forms.post(coordinator, page, path + "/themes", "name", "Protection");
        assertThat(theme.status()).isEqualTo(303);
        Page duplicate = Forms.post(coordinator, page, path + "/themes", "name", "protection");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(Forms.fieldError(duplicate, "name")).contains("already has a theme called protection");
        ThemeId protection = plans.find(id).orElseThrow().themes().get(0).id();

        Page objectiveForm = coordinator.get(path + "/objectives/new");
        Page noStatus = Forms.post(coordinator, objectiveForm, path + "/objectives", concat(new String[] {"theme",
                "not-a-theme", "text", "", "status", "PURPLE"}, date("on", plans.today())));
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(noStatus.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#theme", "#text", "#status");
        Page objective = Forms.post(coordinator, objectiveForm, path + "/objectives", concat(new String[] {"theme",
                protection.toString(), "text", "Multi-agency systems for high-risk victims", "status", "GAP_IDENTIFIED",
                "note", "No MARAC yet"}, date("on", plans.today().minusMonths(4))));
        assertThat(objective.status()).isEqualTo(303);
        Objective o = plans.find(id).orElseThrow().objectives().get(0);

        String objectivePath = path + "/objectives/" + o.id();
        Page detail = coordinator.get(objectivePath);
        assertThat(detail.html().select("#current-status").text()).contains("Gap identified");
        Page future = Forms.post(coordinator, detail, objectivePath + "/status", concat(new String[] {"status",
                "SOME_SUCCESS"}, date("on", plans.today().plusDays(2))));
        assertThat(future.status()).isEqualTo(400);
        assertThat(Forms.fieldError(future, "on")).contains("today or in the past");
        Page moved = Forms.post(coordinator, detail, objectivePath + "/status", concat(new String[] {"status",
                "SOME_SUCCESS", "note", "MARAC launched"}, date("on", plans.today().minusDays(1))));
        assertThat(moved.status()).isEqualTo(303);
        Page afterMove = coordinator.get(objectivePath);
        assertThat(afterMove.html().select("#history tbody tr")).hasSize(2);
        assertThat(afterMove.html().select("#last-movement").text()).startsWith("Moved from Gap identified to Some success");
        LocalDate report = plans.today().minusMonths(2);
        Page board = coordinator.get(path + "?since=" + report);
        assertThat(board.html().select("tr[data-objective-id=" + o.id() + "] .movement").text())
                .isEqualTo("Moved from Gap identified to Some success since " + StrategyController_DATE(report));

        Page area = Forms.post(coordinator, page, path + "/areas", "title", "Multi-agency risk assessment",
                "objectives", o.id().toString());
        assertThat(area.status()).isEqualTo(303);
        Strategy s = plans.find(id).orElseThrow();
        ActionArea a = s.areas().get(0);
        assertThat(a.number()).isEqualTo(1);
        assertThat(a.objectives()).containsExactly(o.id());

        String owner = fixtures.agency("Testshire Police").id().value().toString();
        Page actionForm = coordinator.get(path + "/actions/new");
        assertThat(actionForm.html().select("select#owner option").eachText()).contains("Testshire Police");
        Page noOwner = Forms.post(coordinator, actionForm, path + "/actions", concat(new String[] {"area",
                a.id().toString(), "description", "Launch the MARAC", "owner", "", "rag", "RED"},
                date("dueOn", plans.today().minusDays(3))));
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.html().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#owner");
        Page added = Forms.post(coordinator, actionForm, path + "/actions", concat(new String[] {"area",
                a.id().toString(), "description", "Launch the MARAC", "owner", owner, "rag", "RED"},
                date("dueOn", plans.today().minusDays(3))));
        assertThat(added.status()).isEqualTo(303);
        String actionPath = added.location().replaceAll("^https?://[^/]+", "");
        Page action = coordinator.get(actionPath);
        assertThat(action.html().select("#due .overdue").text()).isEqualTo("Overdue");

        Page strategyPage = coordinator.get(path);
        assertThat(strategyPage.html().select("#overdue-warning").text()).contains("1 action is overdue");
        assertThat(strategyPage.html().select("#overdue tbody tr")).hasSize(1);
        assertThat(strategyPage.html().select("#actions tbody tr .overdue.govuk-tag--red")).hasSize(1);
        assertThat(strategyPage.html().select("tr[data-objective-id=" + o.id() + "] .prompt").text())
                .contains("red: review this status");
        assertThat(coordinator.get(path + "/overdue").html().select("#overdue tbody tr").text())
                .contains("Launch the MARAC", "Testshire Police");

        // adopted, so it is the current strategy for its period; the dashboard sees each change at once
        Page adoptForm = coordinator.get(path + "/adopt");
        Page late = Forms.post(coordinator, adoptForm, path + "/adopt", concat(new String[] {"adoptedBy", ""},
                date("adoptedOn", plans.today().plusDays(1))));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#adoptedOn", "#adoptedBy");
        assertThat(Forms.post(coordinator, adoptForm, path + "/adopt", concat(new String[] {"adoptedBy",
                "Testshire partnership board"}, date("adoptedOn", plans.today()))).status()).isEqualTo(303);
        StrategyOverview overview = status.current(starts.plusDays(10)).orElseThrow();
        assertThat(overview.strategyId()).isEqualTo(id.value());
        assertThat(overview.objectives()).singleElement().satisfies(line -> {
            assertThat(line.theme()).isEqualTo("Protection");
            assertThat(line.status()).isEqualTo("Some success");
            assertThat(line.previousStatus()).isEqualTo("Gap identified");
            assertThat(line.statusSince()).isEqualTo(plans.today().minusDays(1));
        });
        assertThat(overview.openActions()).isEqualTo(1);
        assertThat(overview.redActions()).isEqualTo(1);

        Page empty = Forms.post(coordinator, action, actionPath + "/progress", concat(new String[] {"text", " ",
                "rag", "BLUE"}, date("on", plans.today())));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select(".govuk-error-summary__list a").eachAttr("href")).contains("#rag");
        Page amber = Forms.post(coordinator, action, actionPath + "/progress", concat(new String[] {"text",
                "Terms of reference drafted", "rag", "AMBER"}, date("on", plans.today())));
        assertThat(amber.status()).isEqualTo(303);
        StrategyOverview afterAmber = status.current(starts.plusDays(10)).orElseThrow();
        assertThat(afterAmber.redActions()).isZero();
        assertThat(afterAmber.amberActions()).isEqualTo(1);
        Page done = Forms.post(coordinator, action, actionPath + "/progress", concat(new String[] {"text",
                "First MARAC held", "rag", "", "done", "yes"}, date("on", plans.today())));
        assertThat(done.status()).isEqualTo(303);
        Page closed = coordinator.get(actionPath);
        assertThat(closed.html().select("#action-status").text()).startsWith("Done on");
        assertThat(closed.html().select("#updates li")).hasSize(2);
        assertThat(closed.html().select("#updates .govuk-tag").eachText()).as("no empty RAG tag on an update that kept it")
                .containsExactly("Done", "Amber");
        assertThat(closed.html().select("#updates").text()).contains("First MARAC held", "Terms of reference drafted");
        assertThat(closed.html().select("form[action$=/progress]")).as("a done action takes no more updates").isEmpty();
        StrategyOverview afterDone = status.current(starts.plusDays(10)).orElseThrow();
        assertThat(afterDone.openActions()).isZero();
        assertThat(afterDone.overdueActions()).isZero();
        assertThat(coordinator.get(path).html().select("#overdue-warning")).isEmpty();
        assertThat(audit.count(new AuditQuery(null, null, "strategy", id.toString(), null, null)))
                .as("created, theme, objective, status, area, adopted").isEqualTo(6);
    }

    static String StrategyController_DATE(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    @Test
    void analystsReadButNeitherSeeNorReachTheForms() {
        LocalDate starts = StrategyYears.next();
        Strategy s = plans.create(Fixtures.uniqueName("Read only "), starts, starts.plusMonths(11));
        WebSession analyst = new WebSession(port);
        analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        Page list = analyst.get("/strategy/plans");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("a[href=/strategy/plans/new]")).isEmpty();
        Page page = analyst.get("/strategy/plans/" + s.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("a[href$=/actions/new], a[href$=/adopt]")).isEmpty();
        assertThat(analyst.get("/strategy/plans/new").status()).isEqualTo(403);
        assertThat(analyst.get("/strategy/plans/" + s.id() + "/actions/new").status()).isEqualTo(403);
        assertThat(Forms.post(analyst, page, "/strategy/plans/" + s.id() + "/themes", "name", "Prevention").status())
                .isEqualTo(403);
        assertThat(plans.find(s.id()).orElseThrow().themes()).isEmpty();
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        assertThat(coordinator.get("/strategy/plans/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coordinator.get("/strategy/plans/not-an-id").status()).isEqualTo(404);
        Strategy s = plans.create(Fixtures.uniqueName("Ids "), StrategyYears.next(), StrategyYears.next());
        assertThat(coordinator.get("/strategy/plans/" + s.id() + "/actions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coordinator.get("/strategy/plans/" + s.id() + "/objectives/x").status()).isEqualTo(404);
        assertThat(coordinator.get("/strategy/plans/" + s.id() + "/actions/new?fromAnswer=" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }
}
