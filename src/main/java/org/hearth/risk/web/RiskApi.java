package org.hearth.risk.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.risk.Answer;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.risk.MaracCriterion;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.NewRiskAssessment;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessmentId;
import org.hearth.risk.RiskAssessments;
import org.hearth.risk.RiskGrade;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's risk assessments and MARAC eligibility as JSON. Errors are RFC 9457 problem details naming each
 * invalid field ({@code questionnaireCode}, {@code assessedOn}, {@code answers.N.answer}, {@code answers.N.notes},
 * {@code grade}, {@code reason}...); unknown fields are refused.
 */
@RestController
@RequestMapping("/api/people/{personId}")
@PreAuthorize(PersonRiskAccess.ROLES)
class RiskApi {

    private final RiskAssessments assessments;
    private final PersonRiskAccess access;

    RiskApi(RiskAssessments assessments, PersonRiskAccess access) {
        this.assessments = assessments;
        this.access = access;
    }

    /** A new assessment. Answers by question number, e.g. {@code "answers": {"1": {"answer": "YES"}}}. */
    record SubmitRequest(String questionnaireCode, Integer questionnaireVersion, LocalDate assessedOn,
            Map<String, AnswerInput> answers, String narrative, String grade, String reason, UUID referralId) {
    }

    /** One answer: YES, NO, DONT_KNOW or NOT_ASKED, with optional notes. */
    record AnswerInput(String answer, String notes) {
    }

    record AnswerView(int number, String section, String question, boolean judgementPrompt, Answer answer,
            String notes) {
    }

    record AssessmentView(String id, String personId, LocalDate assessedOn, Instant recordedAt, String assessorId,
            String agencyId, String questionnaireCode, int questionnaireVersion, String questionnaireTitle, int score,
            int highRiskThreshold, boolean visibleHighRisk, RiskGrade suggestedGrade, RiskGrade finalGrade,
            String gradeReason, String narrative, String referralId, List<AnswerView> answers) {

        static AssessmentView of(RiskAssessment a) {
            return new AssessmentView(a.id().toString(), a.person().toString(), a.assessedOn(), a.recordedAt(),
                    a.assessor().toString(), a.agency().toString(), a.questionnaireCode(), a.questionnaireVersion(),
                    a.questionnaireTitle(), a.score(), a.highRiskThreshold(), a.visibleHighRisk(), a.suggestedGrade(),
                    a.finalGrade(), a.gradeReason(), a.narrative(),
                    a.referralId() == null ? null : a.referralId().toString(),
                    a.answers().stream().map(x -> new AnswerView(x.question().number(), x.question().section(),
                            x.question().text(), x.question().judgementPrompt(), x.answer(), x.notes())).toList());
        }
    }

    record CriterionView(MaracCriterion.Kind criterion, String label, boolean met, String explanation) {
    }

    /** {@code maracHistoryWithheld}: a reading by break-glass alone, without the Repeat criterion (every such reading). */
    record EligibilityView(String personId, LocalDate asOf, boolean eligible, List<CriterionView> criteria,
            boolean maracHistoryWithheld) {

        static EligibilityView of(MaracEligibility e) {
            return new EligibilityView(e.victim().toString(), e.asOf(), e.eligible(), e.criteria().stream()
                    .map(c -> new CriterionView(c.kind(), c.kind().label(), c.met(), c.explanation())).toList(),
                    e.maracHistoryWithheld());
        }
    }

    /** The person's assessments, newest first. */
    @GetMapping("/risk-assessments")
    @Audited(action = AuditAction.READ, recordType = "risk-assessment", ids = "#personId")
    List<AssessmentView> assessments(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me) {
        return assessments.history(access.person(me, personId)).stream().map(AssessmentView::of).toList();
    }

    @GetMapping("/risk-assessments/{assessmentId}")
    @Audited(action = AuditAction.READ, recordType = "risk-assessment", ids = "{#assessmentId, #personId}")
    AssessmentView assessment(@PathVariable UUID personId, @PathVariable UUID assessmentId,
            @AuthenticationPrincipal StaffPrincipal me) {
        PersonId person = access.person(me, personId);
        return assessments.find(new RiskAssessmentId(assessmentId)).filter(a -> a.person().equals(person))
                .map(AssessmentView::of).orElseThrow(NoSuchElementException::new);
    }

    /** MARAC eligibility today, or as of {@code asOf} (ISO date). */
    @GetMapping("/marac-eligibility")
    @Audited(action = AuditAction.READ, recordType = "risk-assessment", ids = "#personId", reason = "'MARAC eligibility'")
    EligibilityView eligibility(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return EligibilityView.of(assessments.eligibilityAsSeen(access.person(me, personId),
                asOf == null ? LocalDate.now(Dates.UK) : asOf));
    }

    @PostMapping("/risk-assessments")
    @NotAudited("the new assessment is audited by RiskAssessments.submit, in the transaction that saves it")
    ResponseEntity<AssessmentView> submit(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me,
            @RequestBody SubmitRequest body) {
        PersonId person = access.person(me, personId);
        List<Problem> problems = new ArrayList<>();
        if (body.questionnaireCode() == null || body.questionnaireCode().isBlank()) {
            problems.add(new Problem("questionnaireCode", "Give the questionnaire's code, e.g. SAFELIVES_RIC"));
        }
        if (body.questionnaireVersion() == null) {
            problems.add(new Problem("questionnaireVersion", "Give the questionnaire's version number"));
        }
        Map<Integer, Answer> answers = new HashMap<>();
        Map<Integer, String> notes = new HashMap<>();
        if (body.answers() == null || body.answers().isEmpty()) {
            problems.add(new Problem("answers", "Give an answer to every question, by question number"));
        } else {
            body.answers().forEach((key, input) -> {
                int number;
                try {
                    number = Integer.parseInt(key);
                } catch (NumberFormatException e) {
                    problems.add(new Problem("answers." + key, "Question numbers are whole numbers"));
                    return;
                }
                if (input == null || input.answer() == null) {
                    return; // reported as unanswered below
                }
                try {
                    answers.put(number, Answer.valueOf(input.answer()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("answers." + number + ".answer",
                            "Must be one of YES, NO, DONT_KNOW or NOT_ASKED"));
                    answers.remove(number);
                }
                if (input.notes() != null && !input.notes().isBlank()) {
                    notes.put(number, input.notes());
                }
            });
        }
        RiskGrade grade = null;
        if (body.grade() != null) {
            try {
                grade = RiskGrade.valueOf(body.grade());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("grade", "Must be one of STANDARD, MEDIUM or HIGH"));
            }
        }
        if (!problems.isEmpty() && (body.questionnaireCode() == null || body.questionnaireVersion() == null)) {
            throw new InvalidInputException(problems);
        }
        NewRiskAssessment draft = new NewRiskAssessment(person, me.id(), me.agency(), body.questionnaireCode(),
                body.questionnaireVersion(), body.assessedOn(), answers, notes, body.narrative(), grade,
                body.reason(), body.referralId());
        if (!problems.isEmpty()) {
            List<Problem> all = new ArrayList<>(problems);
            assessments.answerProblems(draft).stream()
                    .filter(p -> problems.stream().noneMatch(known -> known.field().startsWith(p.field() + ".")))
                    .forEach(all::add);
            throw new InvalidInputException(all);
        }
        RiskAssessment saved = assessments.submit(draft);
        return ResponseEntity.created(URI.create("/api/people/" + personId + "/risk-assessments/" + saved.id()))
                .body(AssessmentView.of(saved));
    }
}
