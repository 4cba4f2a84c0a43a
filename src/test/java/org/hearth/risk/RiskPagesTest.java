package org.hearth.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Questionnaires as loaded by Flyway, and a risk assessment through the pages, over real HTTP. */
@HearthIntegrationTest
class RiskPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationLoadsBothChecklists() {
        Questionnaire ric = questionnaires.find("SAFELIVES_RIC", 1).orElseThrow();
        Questionnaire police = questionnaires.find("POLICE_DASH_2009", 1).orElseThrow();
        assertThat(ric.questions()).hasSize(24);
        assertThat(police.questions()).hasSize(27);
        assertThat(ric.questions()).extracting(Question::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
        assertThat(police.questions().subList(9, 12)).allSatisfy(q -> {
            assertThat(q.section()).isEqualTo("Children and dependants");
            assertThat(q.text()).contains("(...)");
        });
        assertThat(police.question(10).orElseThrow().text()).isEqualTo(
                "Are there any children or step-children who are not (...)'s in the household, or other dependants?");
        assertThat(police.question(12).orElseThrow().text())
                .isEqualTo("Has (...) ever threatened to hurt or kill the children or dependants?");
        // the rest is the same list, renumbered after question 9
        for (int n = 1; n <= 24; n++) {
            int policeNumber = n <= 9 ? n : n + 3;
            assertThat(police.question(policeNumber).orElseThrow().text()).isEqualTo(ric.question(n).orElseThrow().text());
        }
        assertThat(ric.question(1).orElseThrow().text()).isEqualTo("Has the current incident resulted in injury?");
        assertThat(ric.question(24).orElseThrow().text())
                .isEqualTo("Do you know if (...) has ever been in trouble with the police or has a criminal history?");
        assertThat(ric.questions()).filteredOn(Question::judgementPrompt).extracting(Question::number)
                .contains(2, 6, 8, 10, 11, 12, 14, 15);
        assertThat(ric.question(15).orElseThrow().guidance()).contains("strangulation");
        assertThat(questionnaires.active()).extracting(Questionnaire::code)
                .contains("SAFELIVES_RIC", "POLICE_DASH_2009");
    }

    @Test
    void publishedVersionsCannotBeChanged() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE risk_question SET text = 'changed' WHERE number = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE risk_questionnaire SET title = 'changed'").update())
                .hasMessageContaining("never changed");
    }

    /** Answers for every question of the SafeLives RIC: {@code yes} yes answers, the rest no. */
    static Map<String, String> answers(int questions, int yes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("questionnaire", "SAFELIVES_RIC");
        fields.put("version", "1");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        fields.put("assessedOn.day", String.valueOf(today.getDayOfMonth()));
        fields.put("assessedOn.month", String.valueOf(today.getMonthValue()));
        fields.put("assessedOn.year", String.valueOf(today.getYear()));
        for (int n = 1; n <= questions; n++) {
            fields.put("answer-" + n, n <= yes ? "YES" : "NO");
        }
        fields.put("notes-15", "Hands round the neck last week");
        fields.put("narrative", "Synthetic test narrative.");
        return fields;
    }

    static Map<String, String> with(Map<String, String> fields, String... more) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    private WebSession practitioner() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.PRACTITIONER));
        return web;
    }

    @Test
    void fourteenYesAnswersIsAVisibleHighRiskAndMeetsMarac() {
        String person = fixtures.knownPerson();
        String base = "/people/" + person + "/risk";
        WebSession web = practitioner();

        Page history = web.get(base);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.html().select("#no-assessments").text()).contains("No risk assessments");
        assertThat(history.html().select("#marac-eligibility").text()).contains("Does not meet");
        assertThat(audit.count(new AuditQuery(null, AuditAction.READ, "risk-assessment", person, null, null)))
                .as("the read of the risk page is audited").isEqualTo(1);

        Page form = web.get(base + "/new?questionnaire=SAFELIVES_RIC");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("#main-content").child(0).id()).as("the safe-contact rules before the questions")
                .isEqualTo("safe-contact");
        assertThat(form.html().select("fieldset.govuk-fieldset:has(input[type=radio])")).hasSize(24);
        assertThat(form.html().select("h2.govuk-heading-m").eachText()).contains("Current situation",
                "Domestic abuse history", "The person causing harm");
        assertThat(form.html().select("#answer-15-prompt").text()).contains("Professional judgement", "strangulation");
        assertThat(form.html().select("input[name=answer-1]")).extracting(e -> e.attr("value"))
                .containsExactly("YES", "NO", "DONT_KNOW", "NOT_ASKED");

        Page check = web.post(base + "/check", answers(24, 14));
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.html().selectFirst("#main-content").child(0).id()).as("the safe-contact rules before the score")
                .isEqualTo("safe-contact");
        assertThat(check.html().select("#score").text()).contains("14 \"yes\" answers out of 24", "Visible high risk");
        assertThat(check.html().select("#suggested-grade").text()).contains("High");
        assertThat(check.html().select("input[type=hidden][name=notes-15]").attr("value"))
                .isEqualTo("Hands round the neck last week");

        Page lowered = web.post(base, with(answers(24, 14), "grade", "MEDIUM", "reason", "I think it is lower"));
        assertThat(lowered.status()).isEqualTo(400);
        assertThat(lowered.errorSummary()).contains("visible high risk", "never lower");
        assertThat(lowered.html().select("#grade-error").text()).contains("must be high");
        assertThat(lowered.html().select("a[href=#grade]")).hasSize(1);

        Page saved = web.post(base, with(answers(24, 14), "grade", "HIGH", "reason", ""));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).endsWith(base);
        Page after = web.open(saved.location());
        assertThat(after.html().select(".govuk-notification-banner--success").text()).contains("Risk assessment saved");
        assertThat(after.html().select("#risk-history").text()).contains("Visible high risk", "14 of 24", "High",
                "Test Agency", "SafeLives");
        assertThat(after.html().select("#marac-eligibility").text()).contains("Meets MARAC referral criteria");
        assertThat(after.html().select("#criterion-visible_high_risk").text()).contains("Met", "14 \"yes\" answers");

        assertThat(audit.count(new AuditQuery(null, AuditAction.CREATE, "risk-assessment", person, null, null)))
                .as("the write is audited").isEqualTo(1);
        assertThat(audit.count(new AuditQuery(null, AuditAction.READ, "risk-assessment", person, null, null)))
                .isEqualTo(2);
    }

    @Test
    void gradingRulesAreEnforcedWithFieldErrors() {
        String base = "/people/" + fixtures.knownPerson() + "/risk";
        WebSession web = practitioner();
        web.get(base + "/new");

        Page noGrade = web.post(base, answers(24, 5));
        assertThat(noGrade.status()).isEqualTo(400);
        assertThat(noGrade.errorSummary()).contains("Select the final risk grade");
        assertThat(noGrade.html().title()).startsWith("Error: ");

        Page raisedWithoutReason = web.post(base, with(answers(24, 5), "grade", "HIGH"));
        assertThat(raisedWithoutReason.status()).isEqualTo(400);
        assertThat(raisedWithoutReason.errorSummary()).contains("reason for grading the risk high");
        assertThat(raisedWithoutReason.html().select("#reason-error")).hasSize(1);
        assertThat(raisedWithoutReason.html().select("input[name=grade][checked]").attr("value")).isEqualTo("HIGH");

        Page raised = web.post(base, with(answers(24, 5), "grade", "HIGH", "reason", "Strangled last week"));
        assertThat(raised.status()).isEqualTo(303);
        Page history = web.open(raised.location());
        assertThat(history.html().select("#criterion-professional_judgement").text()).contains("Met",
                "Strangled last week");
        assertThat(history.html().select("#criterion-visible_high_risk").text()).contains("Not met");
    }

    @Test
    void everyQuestionNeedsAnAnswerNotAskedIncluded() {
        String base = "/people/" + fixtures.knownPerson() + "/risk";
        WebSession web = practitioner();
        web.get(base + "/new");
        Map<String, String> missing = answers(24, 3);
        missing.remove("answer-7");
        missing.remove("answer-20");
        Page page = web.post(base + "/check", missing);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().select(".govuk-error-summary__list a")).extracting(e -> e.attr("href"))
                .containsExactly("#answer-7", "#answer-20");
        assertThat(page.errorSummary()).contains("Answer question 7", "Not asked");
        assertThat(page.html().select("#answer-7-error")).hasSize(1);
        assertThat(page.html().select("#answer-1").attr("checked")).as("answers kept").isNotNull();
        assertThat(page.html().select("input[name=answer-1][checked]").attr("value")).isEqualTo("YES");

        Page notAsked = web.post(base + "/check", with(missing, "answer-7", "NOT_ASKED", "answer-20", "DONT_KNOW"));
        assertThat(notAsked.status()).isEqualTo(200);
        assertThat(notAsked.html().select("#score").text()).contains("3 \"yes\" answers");
        assertThat(notAsked.html().text()).contains("1 don't know, 1 not asked");

        Page changing = web.post(base + "/answers", with(missing, "answer-7", "NOT_ASKED"));
        assertThat(changing.status()).isEqualTo(200);
        assertThat(changing.html().select("input[name=answer-7][checked]").attr("value")).isEqualTo("NOT_ASKED");
    }

    @Test
    void malformedInputGetsAClearFourHundredPage() {
        WebSession web = practitioner();
        String base = "/people/" + fixtures.knownPerson() + "/risk";
        web.get(base + "/new");

        Page badAnswer = web.post(base + "/check", with(answers(24, 3), "answer-3", "MAYBE"));
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(badAnswer.errorSummary()).contains("Answer question 3 with Yes, No, Don't know or Not asked");

        Page badDate = web.post(base + "/check", with(answers(24, 3), "assessedOn.month", "13"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorSummary()).contains("real date");

        Page futureDate = web.post(base + "/check", with(answers(24, 3), "assessedOn.year", "2999"));
        assertThat(futureDate.status()).isEqualTo(400);
        assertThat(futureDate.errorSummary()).contains("today or in the past");

        web.get(base + "/new");
        Page badGrade = web.post(base, with(answers(24, 3), "grade", "EXTREME"));
        assertThat(badGrade.status()).isEqualTo(400);
        assertThat(badGrade.errorSummary()).contains("Select standard, medium or high");

        web.get(base + "/new");
        Page unknownQuestionnaire = web.post(base + "/check", with(answers(24, 3), "questionnaire", "NO_SUCH"));
        assertThat(unknownQuestionnaire.status()).isEqualTo(400);
        assertThat(unknownQuestionnaire.body()).doesNotContain("Exception");

        assertThat(web.get(base + "/new?questionnaire=NO_SUCH").status()).isEqualTo(404);
        assertThat(web.get(base + "/new?questionnaire=SAFELIVES_RIC&version=99").status()).isEqualTo(404);
        assertThat(web.get(base + "/new?questionnaire=SAFELIVES_RIC&version=x").status()).isEqualTo(400);
        // as a browser asks for it
        Page notAUuid = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/people/not-a-uuid/risk"))
                .header("Accept", "text/html"));
        assertThat(notAUuid.status()).isEqualTo(400);
        assertThat(notAUuid.body()).contains("There is a problem with your request").doesNotContain("Exception");
    }

    @Test
    void policeDashHasTwentySevenQuestionsOnTheForm() {
        WebSession web = practitioner();
        Page form = web.get("/people/" + fixtures.knownPerson() + "/risk/new?questionnaire=POLICE_DASH_2009");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("fieldset.govuk-fieldset:has(input[type=radio])")).hasSize(27);
        assertThat(form.html().select("h2.govuk-heading-m").eachText()).contains("Children and dependants");
    }

    @Test
    void analystsNeverSeeRiskPages() {
        WebSession web = new WebSession(port);
        web.signIn(fixtures.enrolledUser(Role.ANALYST));
        String base = "/people/" + UUID.randomUUID() + "/risk";
        for (String path : new String[] {base, base + "/new"}) {
            Page page = web.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().selectFirst("#denied-message").text()).contains("do not have permission");
        }
        web.get("/account");
        assertThat(web.post(base + "/check", answers(24, 14)).status()).isEqualTo(403);
        web.get("/account");
        assertThat(web.post(base, with(answers(24, 14), "grade", "HIGH")).status()).isEqualTo(403);
    }

    @Test
    void hubCoordinatorsAndAgencyRepresentativesMay() {
        for (Role role : new Role[] {Role.HUB_COORDINATOR, Role.AGENCY_REPRESENTATIVE}) {
            WebSession web = new WebSession(port);
            web.signIn(fixtures.enrolledUser(role));
            assertThat(web.get("/people/" + fixtures.knownPerson() + "/risk").status()).as(role.name()).isEqualTo(200);
        }
    }
}
