package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Strategies and the checklist as JSON under /api/strategy: building a strategy, the dashboard's status changing
 * with each action update, field errors as problem details, 404 for unknown ids, analysts refused writes; a checklist
 * run with its summary, and an action raised from a gap linked back to it.
 */
@HearthIntegrationTest
class StrategyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StrategyPlans plans;
    @Autowired
    StrategyStatus status;

    WebSession signedIn(Role role) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(role));
        return web;
    }

    static Page post(WebSession web, String path, String json) {
        String token = web.get("/account").csrf();
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String id(Page page) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(page.body());
        assertThat(m.find()).as("an id in %s", page.body()).isTrue();
        return m.group(1);
    }

    @Test
    void buildAStrategyAndWatchTheDashboardFollowTheActions() {
        WebSession web = signedIn(Role.PARTNERSHIP_COORDINATOR);
        LocalDate starts = StrategyYears.next();
        String today = plans.today().toString();

        Page invalid = post(web, "/api/strategy/strategies", "{\"title\": \"\", \"startsOn\": \"" + starts
                + "\", \"endsOn\": \"" + starts.minusDays(1) + "\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.body()).contains("\"title\":\"Invalid request\"", "\"field\":\"title\"",
                "\"field\":\"endsOn\"", "The end date must be after the start date");
        Page malformed = post(web, "/api/strategy/strategies", "{\"title\": \"T\", \"startsOn\": \"1 April\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"startsOn\"");

        Page created = post(web, "/api/strategy/strategies", "{\"title\": \"API strategy\", \"startsOn\": \"" + starts
                + "\", \"endsOn\": \"" + starts.plusMonths(11) + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String strategy = id(created);
        assertThat(created.header("Location")).endsWith("/api/strategy/strategies/" + strategy);
        String theme = id(post(web, "/api/strategy/strategies/" + strategy + "/themes", "{\"name\": \"Support\"}"));
        Page badObjective = post(web, "/api/strategy/strategies/" + strategy + "/objectives",
                "{\"theme\": \"" + theme + "\", \"text\": \"Evidence base\", \"status\": \"MAYBE\"}");
        assertThat(badObjective.status()).isEqualTo(400);
        assertThat(badObjective.body()).contains("\"field\":\"status\"", "Not one of the allowed codes");
        Page objective = post(web, "/api/strategy/strategies/" + strategy + "/objectives", "{\"theme\": \"" + theme
                + "\", \"text\": \"Organisations build a strong evidence base\", \"status\": \"GAP_IDENTIFIED\", \"on\": \""
                + plans.today().minusMonths(3) + "\"}");
        assertThat(objective.status()).isEqualTo(201);
        String objectiveId = id(objective);
        String area = id(post(web, "/api/strategy/strategies/" + strategy + "/areas",
                "{\"title\": \"Improve the evidence base\", \"objectives\": [\"" + objectiveId + "\"]}"));
        String owner = fixtures.agency("Testshire Community Safety Team").id().value().toString();
        Page noOwner = post(web, "/api/strategy/strategies/" + strategy + "/actions", "{\"area\": \"" + area
                + "\", \"description\": \"One dataset\", \"owner\": \"" + UUID.randomUUID() + "\", \"dueOn\": \""
                + plans.today().minusDays(1) + "\", \"rag\": \"RED\"}");
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.body()).contains("\"field\":\"owner\"");
        Page action = post(web, "/api/strategy/strategies/" + strategy + "/actions", "{\"area\": \"" + area
                + "\", \"description\": \"One dataset\", \"owner\": \"" + owner + "\", \"dueOn\": \""
                + plans.today().minusDays(1) + "\", \"rag\": \"RED\"}");
        assertThat(action.status()).isEqualTo(201);
        assertThat(action.body()).contains("\"overdue\":true", "\"ownerName\":\"Testshire Community Safety Team\"");
        String actionId = id(action);
        assertThat(post(web, "/api/strategy/strategies/" + strategy + "/adopt", "{\"adoptedOn\": \"" + today
                + "\", \"adoptedBy\": \"Testshire board\"}").status()).isEqualTo(200);

        Page dashboard = web.get("/api/strategy/status?on=" + starts.plusDays(1));
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("\"strategyId\":\"" + strategy + "\"", "\"openActions\":1",
                "\"overdueActions\":1", "\"redActions\":1", "\"status\":\"Gap identified\"", "\"previousStatus\":null");

        Page moved = post(web, "/api/strategy/objectives/" + objectiveId + "/status", "{\"status\": \"WORKING_TOWARDS\","
                + " \"on\": \"" + today + "\", \"note\": \"Referrals by agency counted\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body()).contains("\"status\":\"WORKING_TOWARDS\"", "\"previousStatus\":\"GAP_IDENTIFIED\"");
        Page green = post(web, "/api/strategy/actions/" + actionId + "/progress", "{\"text\": \"Police and housing"
                + " figures in\", \"on\": \"" + today + "\", \"rag\": \"GREEN\"}");
        assertThat(green.status()).isEqualTo(200);
        StrategyOverview now = status.current(starts.plusDays(1)).orElseThrow();
        assertThat(now.redActions()).isZero();
        assertThat(now.greenActions()).isEqualTo(1);
        assertThat(now.overdueActions()).as("still open past its date").isEqualTo(1);
        assertThat(now.objectives()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("Working towards");
            assertThat(l.previousStatus()).isEqualTo("Gap identified");
        });
        assertThat(web.get("/api/strategy/strategies/" + strategy + "/overdue").body()).contains(actionId);
        Page emptyUpdate = post(web, "/api/strategy/actions/" + actionId + "/progress", "{\"text\": \" \", \"on\": \""
                + today + "\"}");
        assertThat(emptyUpdate.status()).isEqualTo(400);
        assertThat(emptyUpdate.body()).contains("\"field\":\"text\"");
        assertThat(post(web, "/api/strategy/actions/" + actionId + "/progress", "{\"text\": \"Done\", \"on\": \""
                + today + "\", \"done\": true}").body()).contains("\"done\":true");
        StrategyOverview closed = status.current(starts.plusDays(1)).orElseThrow();
        assertThat(closed.openActions()).isZero();
        assertThat(closed.overdueActions()).isZero();

        Page full = web.get("/api/strategy/strategies/" + strategy);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).contains("\"name\":\"Support\"", "\"number\":1", "Police and housing figures in");
        Page unknown = web.get("/api/strategy/strategies/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(post(web, "/api/strategy/actions/" + UUID.randomUUID() + "/progress", "{\"text\": \"x\", \"on\": \""
                + today + "\"}").status()).isEqualTo(404);
        assertThat(web.get("/api/strategy/strategies/not-a-uuid").status()).isEqualTo(400);
        assertThat(web.get("/api/strategy/status?on=" + starts.minusYears(1).plusDays(1)).status())
                .as("no adopted strategy that day").isEqualTo(404);
    }

    @Test
    void analystsReadTheApiButCannotWrite() {
        LocalDate starts = StrategyYears.next();
        Strategy s = plans.create(Fixtures.uniqueName("Analysed "), starts, starts.plusMonths(6));
        WebSession analyst = signedIn(Role.ANALYST);
        assertThat(analyst.get("/api/strategy/strategies/" + s.id()).status()).isEqualTo(200);
        assertThat(analyst.get("/api/strategy/checklist/questions").status()).isEqualTo(200);
        Page refused = post(analyst, "/api/strategy/strategies/" + s.id() + "/themes", "{\"name\": \"Prevention\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(plans.find(s.id()).orElseThrow().themes()).isEmpty();
    }

    @Test
    void aChecklistRunAndAnActionFromItsGap() {
        WebSession web = signedIn(Role.PARTNERSHIP_COORDINATOR);
        Page questions = web.get("/api/strategy/checklist/questions");
        assertThat(questions.body()).contains("\"code\":\"SL1\"", "\"area\":\"COORDINATOR\"",
                "\"problem\":\"INADEQUATE_RESOURCES\"");
        String today = plans.today().toString();
        Page missing = post(web, "/api/strategy/checklist/runs", "{\"runOn\": \"" + today
                + "\", \"answers\": {\"SL1\": \"YES\", \"XX9\": \"NO\"}}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"answer-SL2\"", "\"field\":\"answer-XX9\"")
                .doesNotContain("\"field\":\"answer-SL1\"");
        StringBuilder answers = new StringBuilder();
        for (String code : new String[] {"SL1", "SL2", "SL3", "SL4", "SL5", "ST1", "ST2", "ST3", "ST4", "ST5", "RS1",
                "RS2", "RS3", "RS4", "PD1", "PD2", "PD3", "PD4", "PD5", "CR1", "CR2", "CR3"}) {
            answers.append(answers.isEmpty() ? "" : ", ").append('"').append(code).append("\": \"")
                    .append(code.equals("RS1") ? "NO" : code.equals("SL4") ? "PARTLY" : "YES").append('"');
        }
        Page run = post(web, "/api/strategy/checklist/runs", "{\"runOn\": \"" + today + "\", \"answers\": {" + answers
                + "}, \"notes\": {\"RS1\": \"No funding identified\"}}");
        assertThat(run.status()).isEqualTo(201);
        assertThat(run.body()).contains("\"problemsFound\":[\"INADEQUATE_RESOURCES\"]",
                "\"problemsAtRisk\":[\"LOSS_OF_COMMITMENT\"]", "\"verdict\":\"Gap\"", "\"verdict\":\"Strength\"");
        String runId = id(run);
        Matcher rs1 = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"question\":\"RS1\"").matcher(run.body());
        assertThat(rs1.find()).isTrue();

        Strategy s = plans.create(Fixtures.uniqueName("Checked "), StrategyYears.next(), StrategyYears.next());
        String owner = fixtures.agency("Testshire Community Safety Team").id().value().toString();
        Page action = post(web, "/api/strategy/strategies/" + s.id() + "/actions", "{\"description\": \"Cost the"
                + " strategy\", \"owner\": \"" + owner + "\", \"dueOn\": \"" + today + "\", \"rag\": \"AMBER\","
                + " \"fromChecklistAnswer\": \"" + rs1.group(1) + "\"}");
        assertThat(action.status()).isEqualTo(201);
        assertThat(action.body()).contains("\"fromChecklistAnswer\":\"" + rs1.group(1) + "\"", "\"area\":null");
        assertThat(web.get("/api/strategy/checklist/runs/" + runId).body())
                .contains("\"question\":\"RS1\",\"answer\":\"NO\",\"note\":\"No funding identified\",\"action\":\""
                        + id(action) + "\"");
        assertThat(web.get("/api/strategy/checklist/runs/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
