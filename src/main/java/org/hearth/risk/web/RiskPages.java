package org.hearth.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hearth.platform.web.Option;
import org.hearth.platform.Dates;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonId;
import org.hearth.people.People;
import org.hearth.people.PersonRecord;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.hearth.platform.web.DateParts;
import org.hearth.risk.Answer;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.Question;
import org.hearth.risk.Questionnaire;
import org.hearth.risk.Questionnaires;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.hearth.risk.RiskGrade;
import org.hearth.risk.RiskPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's risk pages: history and MARAC eligibility; a risk assessment as one form of questions, then a check
 * page with the score and the grading form, then saved. Works without JavaScript; answers travel in hidden
 * fields between the two steps.
 *
 * <p>Unanswered questions: every question needs an explicit answer, <q>Not asked</q> included. A question left blank
 * is an error, not silently <q>not asked</q>, so a skipped question is never mistaken for a considered answer.
 */
@Controller
@RequestMapping("/people/{personId}/risk")
@PreAuthorize(PersonRiskAccess.ROLES)
class RiskPages {

    /** Yes, no, not asked...: ids answer-N, answer-N-no, answer-N-not_asked (the first takes the field's id). */
    static final List<Option> ANSWER_OPTIONS = java.util.stream.IntStream.range(0, Answer.values().length)
            .mapToObj(i -> {
                Answer a = Answer.values()[i];
                Option o = new Option(a.name(), a.label());
                return i == 0 ? o : o.withIdSuffix(a.name().toLowerCase(java.util.Locale.ROOT));
            }).toList();

    static final String DEFAULT_QUESTIONNAIRE = "SAFELIVES_RIC";

    private final RiskAssessments assessments;
    private final Questionnaires questionnaires;
    private final RiskPolicy policy;
    private final PersonRiskAccess access;
    private final Partnerships partnerships;
    private final StaffUsers users;

    private final People people;

    RiskPages(RiskAssessments assessments, Questionnaires questionnaires, RiskPolicy policy, PersonRiskAccess access,
            Partnerships partnerships, StaffUsers users, People people) {
        this.people = people;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.policy = policy;
        this.access = access;
        this.partnerships = partnerships;
        this.users = users;
    }

    /** A row of the risk history timeline. */
    public record HistoryRow(String date, String agency, String assessor, String questionnaire, String score,
            boolean visibleHighRisk, String grade, boolean professionalJudgement, String reason) {
    }

    /** Questions grouped under their section heading (null heading for ungrouped questions). */
    public record Section(String heading, List<Question> questions) {
    }

    /** The person, for the safe-contact rules that head every page about them (when the user may see them). */
    @ModelAttribute
    void person(@PathVariable UUID personId, Model model) {
        people.record(new PersonId(personId)).filter(PersonRecord::full).ifPresent(p -> model.addAttribute("person", p));
    }

    @GetMapping
    @Audited(action = AuditAction.READ, recordType = "risk-assessment", ids = "#personId")
    String history(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        PersonId person = access.person(me, personId);
        List<RiskAssessment> history = assessments.history(person);
        Map<String, String> agencies = partnerships.agencies().stream()
                .collect(Collectors.toMap(a -> a.id().toString(), Agency::name));
        Map<StaffUserId, String> assessors = history.stream().map(RiskAssessment::assessor).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        id -> users.find(id).map(StaffUser::displayName).orElse("Unknown")));
        model.addAttribute("personId", personId);
        model.addAttribute("rows", history.stream().map(a -> new HistoryRow(Dates.DAY.format(a.assessedOn()),
                agencies.getOrDefault(a.agency().toString(), "Unknown agency"), assessors.get(a.assessor()),
                a.questionnaireTitle() + " (version " + a.questionnaireVersion() + ")",
                a.score() + " of " + a.answers().size(), a.visibleHighRisk(), a.finalGrade().label(),
                a.highByProfessionalJudgement(), a.gradeReason() == null ? "" : a.gradeReason())).toList());
        MaracEligibility eligibility = assessments.eligibilityAsSeen(person, today());
        model.addAttribute("eligibility", eligibility);
        model.addAttribute("asOf", Dates.DAY.format(eligibility.asOf()));
        model.addAttribute("questionnaireOptions", questionnaires.active().stream()
                .map(q -> new Option(q.code(), q.label() + ", " + q.questions().size() + " questions")).toList());
        model.addAttribute("defaultQuestionnaire", DEFAULT_QUESTIONNAIRE);
        return "risk/history";
    }

    @GetMapping("/new")
    @NotAudited("a blank questionnaire: reads and shows nothing about the person")
    String start(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = DEFAULT_QUESTIONNAIRE) String questionnaire,
            @RequestParam(required = false) Integer version, Model model) {
        access.person(me, personId);
        Questionnaire q = (version == null ? questionnaires.latest(questionnaire)
                : questionnaires.find(questionnaire, version).filter(Questionnaire::active))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return questions(personId, q, AssessmentForm.blank(q.code(), q.version(), DateParts.of(today())), Map.of(),
                model);
    }

    @PostMapping("/check")
    @NotAudited("shows back the answers just typed; nothing is read or saved until the assessment is submitted")
    String check(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        PersonId person = access.person(me, personId);
        AssessmentForm form = AssessmentForm.from(params);
        Questionnaire q = questionnaireOf(form);
        return answered(personId, person, me, form, q, model, response, () -> checkPage(personId, q, form, Map.of(),
                model));
    }

    @PostMapping("/answers")
    @NotAudited("shows back the answers just typed, to change them; nothing is read or saved")
    String changeAnswers(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me,
            @RequestParam MultiValueMap<String, String> params, Model model) {
        access.person(me, personId);
        AssessmentForm form = AssessmentForm.from(params);
        return questions(personId, questionnaireOf(form), form, Map.of(), model);
    }

    @PostMapping
    @NotAudited("the new assessment is audited by RiskAssessments.submit, in the transaction that saves it")
    String save(@PathVariable UUID personId, @AuthenticationPrincipal StaffPrincipal me,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        PersonId person = access.person(me, personId);
        AssessmentForm form = AssessmentForm.from(params);
        Questionnaire q = questionnaireOf(form);
        return answered(personId, person, me, form, q, model, response, () -> {
            if (!form.grade.isBlank() && form.parsedGrade() == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return checkPage(personId, q, form, Map.of("grade", "Select standard, medium or high"), model);
            }
            try {
                RiskAssessment saved = assessments.submit(form.toNew(person, me));
                flash.addFlashAttribute("success", "Risk assessment saved: " + saved.score()
                        + " \"yes\" answers, graded " + saved.finalGrade().label().toLowerCase(Locale.UK) + " risk.");
                return "redirect:/people/" + personId + "/risk";
            } catch (InvalidInputException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                Map<String, String> problems = fieldIds(e.problems());
                boolean onlyGrading = problems.keySet().stream().allMatch(f -> f.equals("grade")
                        || f.equals("reason"));
                return onlyGrading ? checkPage(personId, q, form, problems, model)
                        : questions(personId, q, form, problems, model);
            }
        });
    }

    /** The questions again with their problems and a 400 while an answer is refused; else {@code next}. */
    private String answered(UUID personId, PersonId person, StaffPrincipal me, AssessmentForm form, Questionnaire q,
            Model model, HttpServletResponse response, Supplier<String> next) {
        Map<String, String> errors = answerErrors(form, person, me);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return questions(personId, q, form, errors, model);
        }
        return next.get();
    }

    private Questionnaire questionnaireOf(AssessmentForm form) {
        return questionnaires.find(form.questionnaire, form.versionNumber())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    /** Problems with the answers step, keyed by the id of the field to link to. */
    private Map<String, String> answerErrors(AssessmentForm form, PersonId person, StaffPrincipal me) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!form.assessedOn.blank() && form.assessedOn.toDate().isEmpty()) {
            errors.put("assessedOn", "Enter the date of the assessment as a real date, for example 27 3 2025");
        }
        Map<String, String> formats = form.answerFormatProblems();
        fieldIds(assessments.answerProblems(form.toNew(person, me))).forEach(errors::putIfAbsent);
        errors.putAll(formats);
        // keep the page order: date, then questions by number, then the narrative
        Map<String, String> ordered = new LinkedHashMap<>();
        errors.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> order(e.getKey())))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static int order(String fieldId) {
        if (fieldId.startsWith("answer-")) {
            return 10 * Integer.parseInt(fieldId.substring(7));
        }
        if (fieldId.startsWith("notes-")) {
            return 10 * Integer.parseInt(fieldId.substring(6)) + 1;
        }
        return switch (fieldId) {
            case "questionnaire" -> -2;
            case "assessedOn" -> -1;
            default -> 100_000;
        };
    }

    /** Domain field names to the ids of the inputs on the page. */
    private static Map<String, String> fieldIds(List<Problem> problems) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Problem p : problems) {
            String id = p.field().startsWith("answers.") ? "answer-" + p.field().substring(8)
                    : p.field().startsWith("notes.") ? "notes-" + p.field().substring(6)
                    : p.field();
            ids.putIfAbsent(id, p.message());
        }
        return ids;
    }

    private String questions(UUID personId, Questionnaire q, AssessmentForm form, Map<String, String> errors,
            Model model) {
        List<Section> sections = new ArrayList<>();
        for (Question question : q.questions()) {
            if (sections.isEmpty() || !Objects.equals(sections.get(sections.size() - 1).heading(), question.section())) {
                sections.add(new Section(question.section(), new ArrayList<>()));
            }
            sections.get(sections.size() - 1).questions().add(question);
        }
        model.addAttribute("personId", personId);
        model.addAttribute("questionnaire", q);
        model.addAttribute("sections", sections);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("answerValues", Answer.values());
        model.addAttribute("answerOptions", ANSWER_OPTIONS);
        return "risk/questions";
    }

    private String checkPage(UUID personId, Questionnaire q, AssessmentForm form, Map<String, String> errors,
            Model model) {
        Map<Integer, Answer> answers = form.parsedAnswers();
        int score = policy.score(answers.values());
        RiskGrade suggested = policy.suggestedGrade(score);
        model.addAttribute("personId", personId);
        model.addAttribute("questionnaire", q);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("score", score);
        Map<Answer, Long> counts = form.counts();
        model.addAttribute("otherAnswers", counts.get(Answer.NO) + " no, " + counts.get(Answer.DONT_KNOW)
                + " don't know, " + counts.get(Answer.NOT_ASKED) + " not asked");
        model.addAttribute("visibleHighRisk", policy.visibleHighRisk(score));
        model.addAttribute("threshold", policy.visibleHighThreshold());
        model.addAttribute("suggested", suggested);
        model.addAttribute("suggestedBand", policy.band(suggested));
        model.addAttribute("assessedOn", form.assessedOn.toDate().map(Dates.DAY::format).orElse(""));
        model.addAttribute("promptsAnsweredYes", q.questions().stream()
                .filter(x -> x.judgementPrompt() && answers.get(x.number()) == Answer.YES).toList());
        model.addAttribute("grades", RiskGrade.values());
        model.addAttribute("gradeOptions", Option.of(RiskGrade::label, RiskGrade.values()));
        return "risk/check";
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }
}
