package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Dates;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.Option;
import org.hearth.strategy.ChecklistAnswer;
import org.hearth.strategy.ChecklistArea;
import org.hearth.strategy.ChecklistQuestion;
import org.hearth.strategy.ChecklistResponse;
import org.hearth.strategy.ChecklistRun;
import org.hearth.strategy.ChecklistRunId;
import org.hearth.strategy.ChecklistSummary;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.PartnershipProblem;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.StrategyPlans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The LGA/Tavistock partnership self-assessment checklist at {@code /strategy/checklist}: runs, completing one
 * (every question answered yes, partly or no, with notes), and a run's summary of strengths and gaps by area with
 * the common problems it reveals; each gap can become an action in the current strategy's action plan.
 */
@Controller
@RequestMapping("/strategy/checklist")
@NotAudited("the checklist is a partnership-level self-assessment, not person data; PartnershipChecklist audits each run")
class ChecklistController {

    private final PartnershipChecklist checklist;
    private final StrategyPlans plans;

    ChecklistController(PartnershipChecklist checklist, StrategyPlans plans) {
        this.checklist = checklist;
        this.plans = plans;
    }

    /** A row of the runs table. */
    record RunRow(String id, String on, String by, long yes, long partly, long no) {
    }

    @GetMapping
    String runs(Model model, Authentication auth) {
        model.addAttribute("runs", checklist.runs().stream().map(r -> new RunRow(r.id().toString(),
                Dates.DAY.format(r.runOn()), r.by(), count(r, ChecklistAnswer.YES),
                count(r, ChecklistAnswer.PARTLY), count(r, ChecklistAnswer.NO))).toList());
        model.addAttribute("canManage", StrategyController.canManage(auth));
        return "strategy/checklist-runs";
    }

    private static long count(ChecklistRun r, ChecklistAnswer a) {
        return r.responses().stream().filter(x -> x.answer() == a).count();
    }

    /** A question as the form shows it, with what was typed. */
    record Entry(ChecklistQuestion question, String answer, String note) {
    }

    record AreaEntries(ChecklistArea area, List<Entry> entries) {
    }

    @GetMapping("/new")
    @PreAuthorize(StrategyController.MANAGE)
    String form(Model model) {
        return formPage(Map.of(), DateParts.of(plans.today()), new LinkedHashMap<>(), model);
    }

    /** Yes, partly, no: ids answer-CODE, answer-CODE-partly, answer-CODE-no. */
    static final List<Option> ANSWER_OPTIONS = List.of(new Option("YES", "Yes"),
            new Option("PARTLY", "Partly").withIdSuffix("partly"), new Option("NO", "No").withIdSuffix("no"));

    private String formPage(Map<String, String> params, DateParts runOn, Map<String, String> errors, Model model) {
        List<AreaEntries> areas = new ArrayList<>();
        for (ChecklistArea area : ChecklistArea.values()) {
            List<Entry> entries = checklist.questions().stream().filter(q -> q.area() == area)
                    .map(q -> new Entry(q, params.getOrDefault("answer-" + q.code(), ""),
                            params.getOrDefault("note-" + q.code(), "")))
                    .toList();
            areas.add(new AreaEntries(area, entries));
        }
        model.addAttribute("areas", areas);
        model.addAttribute("runOn", runOn);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", PartnershipProblem.values());
        model.addAttribute("answerOptions", ANSWER_OPTIONS);
        return "strategy/checklist-form";
    }

    @PostMapping
    @PreAuthorize(StrategyController.MANAGE)
    String record(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DateParts runOn = DateParts.ofFields(params, "runOn");
        LocalDate on = DateParts.date(params, "runOn", errors);
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (ChecklistQuestion q : checklist.questions()) {
            String given = params.get("answer-" + q.code());
            ChecklistAnswer a = ChecklistAnswer.parse(given);
            if (a != null) {
                answers.put(q.code(), a);
            }
            String note = params.get("note-" + q.code());
            if (note != null) {
                notes.put(q.code(), note);
            }
        }
        try {
            if (!errors.isEmpty()) {
                // the date is unreadable: ask for the module's other refusals (a run without a date always fails)
                try {
                    checklist.record(null, answers, notes);
                } catch (InvalidInputException more) {
                    more.errors().forEach(errors::putIfAbsent);
                }
                throw new InvalidInputException(errors);
            }
            ChecklistRun run = checklist.record(on, answers, notes);
            redirect.addFlashAttribute("success", "Checklist recorded");
            return "redirect:/strategy/checklist/" + run.id();
        } catch (InvalidInputException e) {
            Map<String, String> all = new LinkedHashMap<>(errors);
            e.errors().forEach(all::putIfAbsent);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(params, runOn, ordered(all), model);
        }
    }

    /** Errors in the order of the form: the date, then each question's answer and note. */
    private Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        if (errors.containsKey("runOn")) {
            out.put("runOn", errors.get("runOn"));
        }
        for (ChecklistQuestion q : checklist.questions()) {
            for (String f : List.of("answer-" + q.code(), "note-" + q.code())) {
                if (errors.containsKey(f)) {
                    out.put(f, errors.get(f));
                }
            }
        }
        return out;
    }

    /** A gap, and the action raised from it (if any). */
    record GapRow(String answerId, String code, String question, String answer, String colour, String note,
            String actionId, String actionStrategyId, String actionDescription) {
    }

    record StrengthRow(String code, String question, String note) {
    }

    record AreaRow(String area, String verdict, List<StrengthRow> strengths, List<GapRow> gaps) {
    }

    @GetMapping("/{id}")
    String run(@PathVariable String id, Model model, Authentication auth) {
        ChecklistRun run = TypedId.parse(id, ChecklistRunId::new).flatMap(checklist::find).orElseThrow(StrategyController::notFound);
        ChecklistSummary summary = run.summary();
        List<AreaRow> areas = new ArrayList<>();
        for (ChecklistSummary.AreaSummary a : summary.areas()) {
            areas.add(new AreaRow(a.area().label(), a.verdict(),
                    a.strengths().stream().map(r -> new StrengthRow(r.question().code(), r.question().text(),
                            r.note() == null ? "" : r.note())).toList(),
                    a.gaps().stream().map(this::gap).toList()));
        }
        Optional<Strategy> current = plans.current(plans.today());
        model.addAttribute("run", run);
        model.addAttribute("on", Dates.DAY.format(run.runOn()));
        model.addAttribute("areas", areas);
        model.addAttribute("found", summary.found().stream().map(PartnershipProblem::label).toList());
        model.addAttribute("atRisk", summary.atRisk().stream().map(PartnershipProblem::label).toList());
        model.addAttribute("strategy", current.orElse(null));
        model.addAttribute("canManage", StrategyController.canManage(auth));
        return "strategy/checklist-run";
    }

    private GapRow gap(ChecklistResponse r) {
        Optional<StrategyAction> action = plans.actionFrom(r.id());
        return new GapRow(r.id().toString(), r.question().code(), r.question().text(), r.answer().label(),
                r.answer().colour(), r.note() == null ? "" : r.note(),
                action.map(a -> a.id().toString()).orElse(null),
                action.map(a -> a.strategy().toString()).orElse(null),
                action.map(StrategyAction::description).orElse(null));
    }
}
