package org.hearth.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * BVPI 225 at /strategy/bvpi225: starting a period, answering beside Hearth's proposals (overriding needs evidence),
 * reporting locks a revision and a correction keeps it, the board's history shows movement, and who may see what.
 */
@HearthIntegrationTest
class Bvpi225PagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Bvpi225Assessments assessments;
    @Autowired
    AuditTrail audit;

    WebSession coordinator;

    @BeforeEach
    void signIn() {
        coordinator = new WebSession(port);
        coordinator.signIn(fixtures.enrolledUser(Role.PARTNERSHIP_COORDINATOR));
    }

    @Test
    void aCoordinatorStartsAPeriodAndAnswersBesideTheProposals() {
        String period = Bvpi225Periods.next();
        int year = Integer.parseInt(period.substring(0, 4));
        Page form = coordinator.get("/strategy/bvpi225/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#period").val()).matches("\\d{4}/\\d{2}");
        Page started = Forms.post(coordinator, form, "/strategy/bvpi225", "period", period, "startsOn.day", "1",
                "startsOn.month", "4", "startsOn.year", String.valueOf(year), "endsOn.day", "31", "endsOn.month", "3",
                "endsOn.year", String.valueOf(year + 1));
        assertThat(started.status()).isEqualTo(303);
        String slug = period.replace('/', '-');
        assertThat(started.location()).endsWith("/strategy/bvpi225/" + slug + "/answers");

        Page answers = coordinator.get(started.location());
        assertThat(answers.status()).isEqualTo(200);
        assertThat(Forms.successBanner(answers)).contains("BVPI 225 for " + period + " has been started");
        assertThat(answers.html().select("fieldset[id^=question-]")).hasSize(11);
        assertThat(answers.html().select("#proposal-1").text()).contains("Hearth proposes:", "published");
        assertThat(answers.html().select("#proposal-2").text()).contains("Hearth proposes:", "population × 10,000");
        for (int q : new int[] {6, 8}) { // items no module proposes an answer for
            assertThat(answers.html().select("#proposal-" + q).text()).contains("Hearth holds no evidence for this yet");
        }
        // "use this answer": the proposal is selected when nothing is answered yet
        Bvpi225Proposal item1 = assessments.proposals(assessments.today()).get(0);
        String proposed = item1.yes() ? "yes" : "no";
        assertThat(answers.html().select("input[name=answer-1][checked]").val()).isEqualTo(proposed);
        assertThat(answers.html().select("input[name=answer-3][checked]")).isEmpty();

        Page saved = Forms.post(coordinator, answers, "/strategy/bvpi225/" + slug + "/answers", "answer-1", proposed,
                "rag-1", "GREEN", "evidence-1", "", "answer-3", "yes", "rag-3", "AMBER", "evidence-3",
                "Coordinator post funded to March");
        assertThat(saved.status()).isEqualTo(303);
        Page summary = coordinator.get(saved.location());
        assertThat(Forms.successBanner(summary)).contains("Answers for " + period + " have been saved");
        Bvpi225Assessment a = assessments.find(period).orElseThrow();
        assertThat(a.answer(1).evidence()).as("accepting keeps Hearth's reasoning as evidence")
                .isEqualTo(item1.reasoning());
        assertThat(a.answer(1).overridden()).isFalse();
        assertThat(a.answer(3).yes()).isTrue();
        assertThat(summary.html().select("tr[data-question=3] .rag").text()).isEqualTo("Amber");
        assertThat(summary.html().select("#score").text()).isEqualTo(a.score().percent() + "%");
        assertThat(audit.count(new AuditQuery(null, null, "bvpi225_assessment", a.id().toString(), null, null)))
                .isEqualTo(2);
    }

    @Test
    void answeringOtherwiseThanHearthProposesNeedsEvidence() {
        String period = started();
        String slug = period.replace('/', '-');
        Bvpi225Proposal item1 = assessments.proposals(assessments.today()).get(0);
        String other = item1.yes() ? "no" : "yes";
        Page form = coordinator.get("/strategy/bvpi225/" + slug + "/answers");
        Page rejected = Forms.post(coordinator, form, "/strategy/bvpi225/" + slug + "/answers", "answer-1", other,
                "rag-1", "RED", "evidence-1", "  ");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.html().title()).startsWith("Error: ");
        assertThat(rejected.html().select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#evidence-1");
        assertThat(Forms.fieldError(rejected, "evidence-1")).contains("Hearth proposes " + (item1.yes() ? "yes" : "no"));
        assertThat(rejected.html().select("input[name=answer-1][checked]").val()).as("keeps the answer").isEqualTo(other);
        assertThatThrownBy(() -> assessments.answer(period, List.of(Bvpi225Answer.of(1, !item1.yes(), Rag.RED, null))))
                .isInstanceOf(IllegalArgumentException.class);

        Page accepted = Forms.post(coordinator, rejected, "/strategy/bvpi225/" + slug + "/answers", "answer-1", other,
                "rag-1", "RED", "evidence-1", "Checked by hand at the forum");
        assertThat(accepted.status()).isEqualTo(303);
        Bvpi225Answer answer = assessments.find(period).orElseThrow().answer(1);
        assertThat(answer.overridden()).isTrue();
        assertThat(answer.proposed()).isEqualTo(item1.yes());
        assertThat(answer.evidence()).isEqualTo("Checked by hand at the forum");
        assertThat(coordinator.get("/strategy/bvpi225/" + slug).html().select("tr[data-question=1] .evidence").text())
                .contains("Answered otherwise than Hearth proposed");
    }

    @Test
    void invalidAndMalformedInputIsA4xxNeverA500() {
        Page form = coordinator.get("/strategy/bvpi225/new");
        Page bad = Forms.post(coordinator, form, "/strategy/bvpi225", "period", "2026/28", "startsOn.day", "x",
                "startsOn.month", "13", "startsOn.year", "2026", "endsOn.day", "", "endsOn.month", "", "endsOn.year", "");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#period", "#startsOn", "#endsOn");
        Page backwards = Forms.post(coordinator, form, "/strategy/bvpi225", "period", "2026/27", "startsOn.day", "1",
                "startsOn.month", "4", "startsOn.year", "2027", "endsOn.day", "31", "endsOn.month", "3", "endsOn.year",
                "2027", "startsOn.bogus", "1");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(Forms.fieldError(backwards, "endsOn")).contains("after the start date");

        String slug = started().replace('/', '-');
        Page answers = coordinator.get("/strategy/bvpi225/" + slug + "/answers");
        Page garbage = Forms.post(coordinator, answers, "/strategy/bvpi225/" + slug + "/answers", "answer-2", "maybe",
                "rag-2", "PURPLE", "answer-99", "yes", "evidence-5", "x".repeat(4001));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.html().select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#answer-2", "#rag-2", "#evidence-5");
        assertThat(coordinator.get("/strategy/bvpi225/not-a-period").status()).isEqualTo(404);
        assertThat(coordinator.get("/strategy/bvpi225/1999-01/answers").status()).isEqualTo(404);
        assertThat(Forms.post(coordinator, answers, "/strategy/bvpi225/1999-00/report").status()).isEqualTo(404);
    }

    @Test
    void aReportedPeriodIsLockedAndACorrectionKeepsItsHistory() {
        String period = started();
        String slug = period.replace('/', '-');
        Page summary = coordinator.get("/strategy/bvpi225/" + slug);
        Page incomplete = Forms.post(coordinator, summary, "/strategy/bvpi225/" + slug + "/report");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.errorSummary()).contains("Answer every question");

        answerAll(period, 7);
        Page reported = Forms.post(coordinator, summary, "/strategy/bvpi225/" + slug + "/report");
        assertThat(reported.status()).isEqualTo(303);
        Page after = coordinator.get("/strategy/bvpi225/" + slug);
        assertThat(Forms.successBanner(after)).contains("marked as reported at 64%");
        assertThat(after.html().select("#status").text()).contains("Reported");
        Bvpi225Assessment first = assessments.find(period).orElseThrow();
        assertThat(first.reported()).isTrue();

        // locked: the form sends you back, a post is refused, and the API and the database refuse too
        Page form = coordinator.get("/strategy/bvpi225/" + slug + "/answers");
        assertThat(form.status()).isEqualTo(302);
        assertThat(coordinator.get(form.location()).html().select(".govuk-notification-banner").text())
                .contains("locked");
        assertThat(Forms.post(coordinator, after, "/strategy/bvpi225/" + slug + "/answers", "answer-1", "no",
                "evidence-1", "late change").status()).isEqualTo(409);
        assertThatThrownBy(() -> assessments.answer(period, List.of(Bvpi225Answer.of(3, false, Rag.RED, "x"))))
                .isInstanceOf(Bvpi225LockedException.class);
        assertThat(assessments.find(period).orElseThrow().answer(3).yes()).isTrue();

        Page correction = Forms.post(coordinator, after, "/strategy/bvpi225/" + slug + "/correct");
        assertThat(correction.status()).isEqualTo(303);
        Page correcting = coordinator.get(correction.location());
        assertThat(Forms.successBanner(correcting)).contains("Revision 2 of " + period);
        Page fixed = Forms.post(coordinator, correcting, "/strategy/bvpi225/" + slug + "/answers", "answer-8", "yes",
                "rag-8", "GREEN", "evidence-8", "Housing figures corrected");
        assertThat(fixed.status()).isEqualTo(303);
        List<Bvpi225Assessment> revisions = assessments.revisions(period);
        assertThat(revisions).extracting(Bvpi225Assessment::revision).containsExactly(1, 2);
        assertThat(revisions.get(0).score().percent()).as("what was reported is kept").isEqualTo(64);
        assertThat(revisions.get(0).answer(8).yes()).isFalse();
        assertThat(revisions.get(1).score().percent()).isEqualTo(73);
        assertThat(revisions.get(1).status()).isEqualTo(Bvpi225Status.DRAFT);
        assertThat(coordinator.get("/strategy/bvpi225/" + slug).html().select("#revisions").text())
                .contains("Revision 1: 64%, reported");
    }

    @Test
    void historyShowsMovementBetweenReports() {
        String earlier = started();
        answerAll(earlier, 7);
        assessments.report(earlier, assessments.today());
        String later = started();
        answerAll(later, 9);
        assessments.report(later, assessments.today());

        Page history = coordinator.get("/strategy/bvpi225/history");
        assertThat(history.status()).isEqualTo(200);
        List<String> heads = history.html().select("#history thead th").eachText();
        assertThat(heads).containsSubsequence(earlier, later, "Movement");
        assertThat(heads.get(heads.size() - 1)).isEqualTo("Movement");
        assertThat(heads.get(heads.size() - 2)).isEqualTo(later);
        assertThat(history.html().select("#score-row td").eachText()).endsWith("64% (7 of 11)", "82% (9 of 11)",
                "Up 18 points");
        assertThat(history.html().select("tr[data-question=8] .govuk-tag").eachText()).endsWith("Red", "Green");
        assertThat(history.html().select("tr[data-question=8] .movement").text()).isEqualTo("Improved (was Red)");
        assertThat(history.html().select("tr[data-question=1] .movement").text()).isEqualTo("No change");
    }

    @Test
    void practitionersMayNotSeeBvpi225AndAnalystsReadOnlyTheHistory() {
        String slug = started().replace('/', '-');
        for (Role role : List.of(Role.PRACTITIONER, Role.HUB_COORDINATOR, Role.AGENCY_REPRESENTATIVE)) {
            WebSession web = new WebSession(port);
            Page home = web.signIn(fixtures.enrolledUser(role));
            for (String path : List.of("/strategy/bvpi225", "/strategy/bvpi225/history", "/strategy/bvpi225/" + slug,
                    "/api/strategy/bvpi225")) {
                assertThat(web.get(path).status()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(Forms.post(web, home, "/strategy/bvpi225/" + slug + "/report").status()).isEqualTo(403);
            assertThat(home.html().select(".govuk-service-navigation a").eachText()).doesNotContain("BVPI 225");
        }
        WebSession analyst = new WebSession(port);
        Page home = analyst.signIn(fixtures.enrolledUser(Role.ANALYST));
        assertThat(analyst.get("/sections/strategy").html().select("#section-links a[href$=/strategy/bvpi225/history]"))
                .hasSize(1);
        Page history = analyst.get("/strategy/bvpi225/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.html().select("#main-content form")).as("read-only").isEmpty();
        assertThat(history.html().select("#main-content a[href$=/strategy/bvpi225]")).isEmpty();
        for (String path : List.of("/strategy/bvpi225", "/strategy/bvpi225/new", "/strategy/bvpi225/" + slug,
                "/strategy/bvpi225/" + slug + "/answers", "/api/strategy/bvpi225")) {
            assertThat(analyst.get(path).status()).as("analyst " + path).isEqualTo(403);
        }
        assertThat(Forms.post(analyst, home, "/strategy/bvpi225/" + slug + "/report").status()).isEqualTo(403);

        WebSession admin = new WebSession(port);
        admin.signIn(fixtures.enrolledUser(Role.SYSTEM_ADMIN));
        assertThat(admin.get("/strategy/bvpi225").status()).isEqualTo(200);
    }

    /** A fresh draft period. */
    private String started() {
        String period = Bvpi225Periods.next();
        int year = Integer.parseInt(period.substring(0, 4));
        assessments.start(period, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
        return period;
    }

    /**
     * Answers every question, {@code yes} of them yes (1 to {@code yes}), each RAG green when yes and red when no,
     * with evidence, so no proposal blocks it.
     */
    private void answerAll(String period, int yes) {
        List<Bvpi225Answer> answers = new ArrayList<>();
        for (int q = 1; q <= 11; q++) {
            answers.add(Bvpi225Answer.of(q, q <= yes, q <= yes ? Rag.GREEN : Rag.RED, "Evidence " + q));
        }
        assessments.answer(period, answers);
    }
}
