package org.hearth.strategy.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.strategy.ChecklistAnswer;
import org.hearth.strategy.ChecklistQuestion;
import org.hearth.strategy.ChecklistRun;
import org.hearth.strategy.ChecklistRunId;
import org.hearth.strategy.ChecklistSummary;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.PartnershipProblem;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.StrategyPlans;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partnership checklist as JSON: its questions, runs with their summaries, and recording a run. */
@RestController
@RequestMapping("/api/strategy/checklist")
@NotAudited("the checklist is a partnership-level self-assessment, not person data; PartnershipChecklist audits each run")
class ChecklistApi {

    private final PartnershipChecklist checklist;
    private final StrategyPlans plans;

    ChecklistApi(PartnershipChecklist checklist, StrategyPlans plans) {
        this.checklist = checklist;
        this.plans = plans;
    }

    record QuestionView(String code, String area, String areaLabel, String text, String problem) {

        static QuestionView of(ChecklistQuestion q) {
            return new QuestionView(q.code(), q.area().name(), q.area().label(), q.text(),
                    q.problem() == null ? null : q.problem().name());
        }
    }

    record ResponseView(UUID id, String question, String answer, String note, UUID action) {
    }

    record AreaView(String area, String label, String verdict, List<String> strengths, List<String> gaps) {
    }

    record RunView(UUID id, LocalDate runOn, String by, List<ResponseView> answers, List<AreaView> summary,
            List<String> problemsFound, List<String> problemsAtRisk) {
    }

    RunView view(ChecklistRun run) {
        ChecklistSummary s = run.summary();
        return new RunView(run.id().value(), run.runOn(), run.by(),
                run.responses().stream().map(r -> new ResponseView(r.id().value(), r.question().code(),
                        r.answer().name(), r.note(), plans.actionFrom(r.id()).map(a -> a.id().value()).orElse(null)))
                        .toList(),
                s.areas().stream().map(a -> new AreaView(a.area().name(), a.area().label(), a.verdict(),
                        a.strengths().stream().map(r -> r.question().code()).toList(),
                        a.gaps().stream().map(r -> r.question().code()).toList())).toList(),
                s.found().stream().map(PartnershipProblem::name).toList(),
                s.atRisk().stream().map(PartnershipProblem::name).toList());
    }

    @GetMapping("/questions")
    List<QuestionView> questions() {
        return checklist.questions().stream().map(QuestionView::of).toList();
    }

    @GetMapping("/runs")
    List<RunView> runs() {
        return checklist.runs().stream().map(this::view).toList();
    }

    @GetMapping("/runs/{id}")
    RunView run(@PathVariable UUID id) {
        return checklist.find(new ChecklistRunId(id)).map(this::view).orElseThrow(NoSuchElementException::new);
    }

    /** A run: answers by question code (YES, PARTLY, NO) and optional notes by code. */
    record NewRun(LocalDate runOn, Map<String, ChecklistAnswer> answers, Map<String, String> notes) {
    }

    @PostMapping("/runs")
    @PreAuthorize(StrategyController.MANAGE)
    ResponseEntity<RunView> record(@RequestBody NewRun body) {
        Map<String, ChecklistAnswer> answers = body.answers() == null ? Map.of() : new LinkedHashMap<>(body.answers());
        ChecklistRun run = checklist.record(body.runOn(), answers, body.notes() == null ? Map.of() : body.notes());
        return ResponseEntity.created(URI.create("/api/strategy/checklist/runs/" + run.id())).body(view(run));
    }
}
