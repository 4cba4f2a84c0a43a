package org.hearth.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.casework.Attendance;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseOutcomes;
import org.hearth.casework.Casework;
import org.hearth.casework.CourtEventKind;
import org.hearth.casework.CourtSupport;
import org.hearth.casework.MeasureStatus;
import org.hearth.casework.OutcomeAnswer;
import org.hearth.casework.OutcomeMeasure;
import org.hearth.casework.OutcomeStage;
import org.hearth.casework.RiskLevel;
import org.hearth.casework.SpecialMeasure;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's outcomes (intake, review, exit), closing and reopening it, and court support (milestones, attendance,
 * special measures) with the worker's court calendar. The pages ask the module, which checks who may read and write.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
@NotAudited("the casework module audits every read and write of a case with the person's id")
class CaseOutcomePages {

    private final Casework casework;
    private final CaseOutcomes outcomes;
    private final CourtSupport court;

    CaseOutcomePages(Casework casework, CaseOutcomes outcomes, CourtSupport court) {
        this.casework = casework;
        this.outcomes = outcomes;
        this.court = court;
    }

    private Case load(UUID id) {
        return casework.find(new CaseId(id)).orElseThrow(Forms::notFound);
    }

    record MeasureRow(String code, String label, List<Option> choices) {
    }

    // ------------------------------------------------------------------------------------------- outcomes

    @GetMapping("/casework/cases/{id}/outcomes")
    String outcomes(@PathVariable UUID id, @RequestParam(required = false) String stage, Model model) {
        Case c = load(id);
        Map<String, String> values = new LinkedHashMap<>();
        OutcomeStage s = Forms.enumOf(OutcomeStage.class, stage);
        if (s != null) {
            values.put("stage", s.name());
        }
        return outcomesPage(c, model, new LinkedHashMap<>(), values);
    }

    private String outcomesPage(Case c, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("c", c);
        model.addAttribute("work", casework.mayWork(c.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        List<OutcomeMeasure> measures = outcomes.measures();
        OutcomeStage stage = Forms.enumOf(OutcomeStage.class, values.get("stage"));
        OutcomeStage shown = stage == null ? OutcomeStage.EXIT : stage;
        model.addAttribute("measures", measures.stream().map(m -> new MeasureRow(m.code(), m.label(),
                Option.of(OutcomeAnswer::label, OutcomeAnswer.allowed(m.kind(), shown).toArray(OutcomeAnswer[]::new))))
                .toList());
        model.addAttribute("stageChoices", Option.of(OutcomeStage::label, OutcomeStage.values()));
        model.addAttribute("riskChoices", Option.of(RiskLevel::label, RiskLevel.values()));
        model.addAttribute("recordedOnParts", values.containsKey("recordedOn.day") ? DateParts.ofFields(values, "recordedOn")
                : DateParts.of(CaseViews.today()));
        List<String> heads = new ArrayList<>(List.of("Stage", "Date", "Risk"));
        measures.forEach(m -> heads.add(m.label()));
        model.addAttribute("heads", heads);
        model.addAttribute("rows", outcomes.outcomes(c.id()).stream().map(o -> {
            List<String> row = new ArrayList<>(List.of(o.stage().label(), Dates.DAY.format(o.recordedOn()),
                    o.risk().label()));
            measures.forEach(m -> row.add(o.answers().containsKey(m.code()) ? o.answers().get(m.code()).label() : ""));
            return row;
        }).toList());
        return "casework/outcomes";
    }

    @PostMapping("/casework/cases/{id}/outcomes")
    String recordOutcomes(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "recordedOn", errors);
        Map<String, OutcomeAnswer> answers = new LinkedHashMap<>();
        for (OutcomeMeasure m : outcomes.measures()) {
            OutcomeAnswer a = Forms.enumOf(OutcomeAnswer.class, form.get("answer-" + m.code()));
            if (a != null) {
                answers.put(m.code(), a);
            }
        }
        try {
            if (!errors.isEmpty()) {
                // the date was unreal: the module names the rest, nothing saved
                try {
                    outcomes.record(c.id(), Forms.enumOf(OutcomeStage.class, form.get("stage")), null,
                            Forms.enumOf(RiskLevel.class, form.get("risk")), answers, form.get("notes"));
                } catch (InvalidInputException e) {
                    e.errors().forEach(errors::putIfAbsent);
                }
                throw new InvalidInputException(errors);
            }
            outcomes.record(c.id(), Forms.enumOf(OutcomeStage.class, form.get("stage")), on,
                    Forms.enumOf(RiskLevel.class, form.get("risk")), answers, form.get("notes"));
            return FormPost.redirect(redirect, "Outcomes recorded", "/casework/cases/" + id + "#outcomes");
        } catch (InvalidInputException e) {
            e.errors().forEach(errors::putIfAbsent);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return outcomesPage(c, model, errors, form);
        }
    }

    // ------------------------------------------------------------------------------------------- closure

    @GetMapping("/casework/cases/{id}/close")
    String closeForm(@PathVariable UUID id, Model model) {
        return closePage(load(id), model, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private String closePage(Case c, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("c", c);
        model.addAttribute("work", casework.mayWork(c.id()));
        model.addAttribute("manager", casework.manages(c.service()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("reasonChoices", Option.withNone("Choose a reason", outcomes.closureReasons().stream()
                .map(r -> new Option(r.code(), r.label() + (r.needsOutcomes() ? "" : " (no exit outcomes needed)")))
                .toList()));
        model.addAttribute("closedOnParts", values.containsKey("closedOn.day") ? DateParts.ofFields(values, "closedOn")
                : DateParts.of(CaseViews.today()));
        model.addAttribute("exitRecorded", outcomes.outcomes(c.id()).stream()
                .anyMatch(o -> o.stage() == OutcomeStage.EXIT));
        return "casework/close";
    }

    @PostMapping("/casework/cases/{id}/close")
    String close(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "closedOn", errors);
        return FormPost.submit(errors, response, () -> {
            Case closed = outcomes.close(c.id(), form.get("reason"), on, form.get("note"));
            return FormPost.redirect(redirect, closed.reference() + " closed: " + closed.closureReason(),
                    "/casework/cases/" + id);
        }, e -> closePage(c, model, e, form));
    }

    @PostMapping("/casework/cases/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        try {
            Case open = outcomes.reopen(c.id(), form.get("reopenReason"));
            return FormPost.redirect(redirect, open.reference() + " reopened"
                    + (open.workerName() == null ? " into the allocation queue" : " with " + open.workerName()),
                    "/casework/cases/" + id);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return closePage(c, model, new LinkedHashMap<>(e.errors()), form);
        }
    }

    // ------------------------------------------------------------------------------------------- court

    @GetMapping("/casework/cases/{id}/court")
    String courtPage(@PathVariable UUID id, Model model) {
        return court(load(id), model, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private String court(Case c, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("c", c);
        model.addAttribute("work", casework.mayWork(c.id()) && c.status() != org.hearth.casework.CaseStatus.CLOSED);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("events", court.events(c.id()));
        model.addAttribute("measures", court.measures(c.id()));
        model.addAttribute("kindChoices", Option.withNone("Choose a milestone",
                Option.of(CourtEventKind::label, CourtEventKind.values())));
        model.addAttribute("attendanceChoices", Option.withNone("Not yet known",
                Option.of(Attendance::label, Attendance.values())));
        model.addAttribute("measureChoices", Option.withNone("Choose a measure",
                Option.of(SpecialMeasure::label, SpecialMeasure.values())));
        model.addAttribute("measureStatusChoices", Option.of(MeasureStatus::label, MeasureStatus.values()));
        model.addAttribute("eventOnParts", DateParts.ofFields(values, "eventOn"));
        model.addAttribute("requestedOnParts", DateParts.ofFields(values, "requestedOn"));
        model.addAttribute("decidedOnParts", DateParts.ofFields(values, "decidedOn"));
        return "casework/court";
    }

    @PostMapping("/casework/cases/{id}/court")
    String addCourt(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "eventOn", errors);
        LocalTime time = Forms.time(form, "eventTime", errors);
        return FormPost.submit(errors, response, () -> {
            court.add(c.id(), Forms.enumOf(CourtEventKind.class, form.get("kind")), on, time, form.get("court"),
                    form.get("details"), Forms.enumOf(Attendance.class, form.get("attendance")));
            return FormPost.redirect(redirect, "Court date recorded", "/casework/cases/" + id + "/court");
        }, e -> court(c, model, e, form));
    }

    @PostMapping("/casework/cases/{id}/court/{eventId}/attendance")
    String attendance(@PathVariable UUID id, @PathVariable UUID eventId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        try {
            court.attendance(c.id(), eventId, Forms.enumOf(Attendance.class, form.get("attendance-" + eventId)));
            return FormPost.redirect(redirect, "Attendance recorded", "/casework/cases/" + id + "/court");
        } catch (java.util.NoSuchElementException e) {
            throw Forms.notFound();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((k, v) -> errors.put(k + "-" + eventId, v));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return court(c, model, errors, form);
        }
    }

    @PostMapping("/casework/cases/{id}/special-measures")
    String measure(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Case c = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate requested = DateParts.date(form, "requestedOn", errors);
        LocalDate decided = DateParts.date(form, "decidedOn", errors);
        return FormPost.submit(errors, response, () -> {
            court.measure(c.id(), Forms.enumOf(SpecialMeasure.class, form.get("measure")),
                    Forms.enumOf(MeasureStatus.class, form.get("status")), requested, decided);
            return FormPost.redirect(redirect, "Special measure recorded", "/casework/cases/" + id + "/court");
        }, e -> court(c, model, e, form));
    }

    @GetMapping("/casework/court-calendar")
    String calendar(Model model) {
        LocalDate today = CaseViews.today();
        model.addAttribute("rows", court.calendar(today, today.plusWeeks(12)).stream().map(d -> List.of(
                Dates.DAY.format(d.on()) + (d.time() == null ? "" : " at " + d.time()), d.kind().label(),
                d.court() == null ? "" : d.court(), d.reference(), "/casework/cases/" + d.caseId())).toList());
        return "casework/court-calendar";
    }
}
