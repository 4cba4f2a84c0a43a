package org.hearth.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.WebSession;
import org.hearth.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The risk API: JSON, and RFC 9457 problem details naming the field at fault. */
@HearthIntegrationTest
class RiskApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    private WebSession signedIn(Role role) {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(role));
        return web;
    }

    private static Page post(WebSession web, String path, String json) {
        String token = web.get("/account").csrf();
        return web.send(HttpRequest.newBuilder(web.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request body answering all 24 questions: the first {@code yes} yes, the rest no. */
    static String body(int yes, String grade, String reason, String extra) {
        String answers = IntStream.rangeClosed(1, 24).mapToObj(n -> "\"" + n + "\": {\"answer\": \""
                + (n <= yes ? "YES" : "NO") + "\"" + (n == 8 ? ", \"notes\": \"Texts all night\"" : "") + "}")
                .collect(Collectors.joining(", "));
        return "{\"questionnaireCode\": \"SAFELIVES_RIC\", \"questionnaireVersion\": 1, \"assessedOn\": \"" + TODAY
                + "\", \"answers\": {" + answers + "}, \"grade\": " + (grade == null ? "null" : "\"" + grade + "\"")
                + ", \"reason\": " + (reason == null ? "null" : "\"" + reason + "\"") + extra + "}";
    }

    @Test
    void submitListAndEligibility() {
        String person = fixtures.knownPerson();
        WebSession web = signedIn(Role.PRACTITIONER);

        Page empty = web.get("/api/people/" + person + "/risk-assessments");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo("[]");

        Page created = post(web, "/api/people/" + person + "/risk-assessments", body(16, "HIGH", null,
                ", \"narrative\": \"Synthetic\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(created.location()).contains("/api/people/" + person + "/risk-assessments/");
        assertThat(created.body()).contains("\"score\":16", "\"visibleHighRisk\":true", "\"finalGrade\":\"HIGH\"",
                "\"questionnaireCode\":\"SAFELIVES_RIC\"", "\"questionnaireVersion\":1", "Texts all night",
                "\"question\":\"Has the current incident resulted in injury?\"");

        Page one = web.get(created.location());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("\"score\":16");
        assertThat(web.get("/api/people/" + UUID.randomUUID() + "/risk-assessments/"
                + created.location().substring(created.location().lastIndexOf('/') + 1)).status())
                .as("an assessment under another person's address").isEqualTo(404);

        Page list = web.get("/api/people/" + person + "/risk-assessments");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).startsWith("[{").contains("\"personId\":\"" + person + "\"");

        Page eligibility = web.get("/api/people/" + person + "/marac-eligibility");
        assertThat(eligibility.status()).isEqualTo(200);
        assertThat(eligibility.body()).contains("\"eligible\":true", "\"criterion\":\"VISIBLE_HIGH_RISK\"",
                "\"met\":true", "\"asOf\":\"" + TODAY + "\"", "16 \\\"yes\\\" answers");
        Page before = web.get("/api/people/" + person + "/marac-eligibility?asOf=2020-01-01");
        assertThat(before.body()).contains("\"eligible\":false", "No risk assessment has been recorded.");

        assertThat(audit.count(new AuditQuery(null, AuditAction.CREATE, "risk-assessment", person, null, null)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditQuery(null, AuditAction.READ, "risk-assessment", person, null, null)))
                .as("list twice, one assessment, eligibility twice").isEqualTo(5);
    }

    @Test
    void invalidAssessmentsAreProblemsNamingTheField() {
        WebSession web = signedIn(Role.PRACTITIONER);
        String path = "/api/people/" + fixtures.knownPerson() + "/risk-assessments";

        Page lowered = post(web, path, body(15, "MEDIUM", "disagree", ""));
        assertThat(lowered.status()).isEqualTo(400);
        assertThat(lowered.header("Content-Type")).startsWith("application/problem+json");
        assertThat(lowered.body()).contains("\"field\":\"grade\"", "never lower a visible high risk");

        Page noReason = post(web, path, body(3, "HIGH", null, ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        Page noGrade = post(web, path, body(3, null, null, ""));
        assertThat(noGrade.status()).isEqualTo(400);
        assertThat(noGrade.body()).contains("\"field\":\"grade\"", "Select the final risk grade");

        Page badAnswer = post(web, path, body(3, "STANDARD", null, "").replace("\"3\": {\"answer\": \"YES\"",
                "\"3\": {\"answer\": \"MAYBE\""));
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(badAnswer.body()).contains("\"field\":\"answers.3.answer\"", "NOT_ASKED");

        Page missing = post(web, path, body(3, "STANDARD", null, "").replace("\"24\": {\"answer\": \"NO\"}", "")
                .replace(", }", "}"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"answers.24.answer\"", "Not asked");

        Page extraQuestion = post(web, path, body(3, "STANDARD", null, "").replace("\"1\": {", "\"25\": {\"answer\": "
                + "\"NO\"}, \"1\": {"));
        assertThat(extraQuestion.body()).contains("\"field\":\"answers.25.answer\"", "not in");

        Page unknownQuestionnaire = post(web, path, body(3, "STANDARD", null, "").replace("SAFELIVES_RIC", "NO_SUCH"));
        assertThat(unknownQuestionnaire.status()).isEqualTo(400);
        assertThat(unknownQuestionnaire.body()).contains("\"field\":\"questionnaireCode\"");

        Page unknownField = post(web, path, body(3, "STANDARD", null, ", \"score\": 24"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownField.body()).contains("\"field\":\"score\"", "Not a field of this request");

        Page badDate = post(web, path, body(3, "STANDARD", null, "").replace(TODAY, "2025-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"assessedOn\"");

        Page future = post(web, path, body(3, "STANDARD", null, "").replace(TODAY, "2999-01-01"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"assessedOn\"", "today or in the past");

        Page notJson = post(web, path, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        Page badPerson = web.get("/api/people/not-a-uuid/risk-assessments");
        assertThat(badPerson.status()).isEqualTo(400);
        assertThat(badPerson.body()).contains("\"field\":\"personId\"");
        Page unknownReferral = post(web, path, body(16, "HIGH", null, ", \"referralId\": \"" + UUID.randomUUID() + "\""));
        assertThat(unknownReferral.status()).isEqualTo(400);
        assertThat(unknownReferral.body()).contains("\"field\":\"referralId\"");
        Page badAsOf = web.get("/api/people/" + UUID.randomUUID() + "/marac-eligibility?asOf=yesterday");
        assertThat(badAsOf.status()).isEqualTo(400);
        assertThat(badAsOf.body()).contains("\"field\":\"asOf\"");

        assertThat(web.get(path).body()).as("nothing was saved").isEqualTo("[]");
    }

    @Test
    void analystsAreRefused() {
        WebSession web = signedIn(Role.ANALYST);
        String person = UUID.randomUUID().toString();
        for (String path : new String[] {"/api/people/" + person + "/risk-assessments",
                "/api/people/" + person + "/marac-eligibility"}) {
            Page page = web.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        }
        Page post = post(web, "/api/people/" + person + "/risk-assessments", body(3, "STANDARD", null, ""));
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.header("Content-Type")).startsWith("application/problem+json");
        assertThat(audit.count(new AuditQuery(null, null, "risk-assessment", person, null, null))).isZero();
    }
}
