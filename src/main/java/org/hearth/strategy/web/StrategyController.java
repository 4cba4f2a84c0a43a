package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.platform.Dates;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.Option;
import org.hearth.strategy.ActionArea;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.ChecklistResponse;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyId;
import org.hearth.strategy.StrategyInputException;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.ThemeId;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Strategies and action plans at {@code /strategy/plans}: the list, a strategy's page (themes, objectives with their
 * movement since a date, action areas, actions, overdue actions), and the forms to build and run it. Coordinators
 * and administrators manage; analysts read (partnership-level records, no person data).
 */
@Controller
@RequestMapping("/strategy/plans")
@NotAudited("strategies are partnership-level records, not person data; StrategyPlans audits every change")
class StrategyController {

    static final String MANAGE = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";
    static final DateTimeFormatter DATE = Dates.DAY;
    static final String FORM = "form";

    private final StrategyPlans plans;
    private final Partnerships partnerships;
    private final PartnershipChecklist checklist;

    StrategyController(StrategyPlans plans, Partnerships partnerships, PartnershipChecklist checklist) {
        this.plans = plans;
        this.partnerships = partnerships;
        this.checklist = checklist;
    }

    @Bean
    static NavigationItem strategyNavigation() {
        return new NavigationItem("Strategy", "/strategy/plans", 64, Role.PARTNERSHIP_COORDINATOR.authority(),
                Role.SYSTEM_ADMIN.authority(), Role.ANALYST.authority()).in(NavigationSection.STRATEGY);
    }

    static boolean canManage(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals(Role.PARTNERSHIP_COORDINATOR.authority()) || a.getAuthority().equals(Role.SYSTEM_ADMIN.authority()));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    // ---- views

    /** A row of the strategies table. */
    record StrategyRow(String id, String title, String period, String status, String statusColour, int objectives,
            long open, long overdue) {
    }

    /** An objective as the strategy page shows it. */
    record ObjectiveRow(String id, String text, String status, String colour, String since, String movement,
            boolean moved, String prompt) {
    }

    record ThemeRow(String name, List<ObjectiveRow> objectives) {
    }

    record AreaRow(int number, String title, List<String> objectives) {
    }

    /** An action as the tables show it. */
    record ActionRow(String id, String description, String area, String owner, String due, String rag,
            String ragColour, boolean done, boolean overdue, String lastUpdate) {
    }

    static String period(Strategy s) {
        return DATE.format(s.startsOn()) + " to " + DATE.format(s.endsOn());
    }

    static ActionRow row(Strategy s, StrategyAction a, LocalDate today) {
        String area = a.area() == null ? "Not in an action area"
                : s.area(a.area()).map(x -> x.number() + ". " + x.title()).orElse("");
        String last = a.lastUpdate() == null ? "No updates yet"
                : DATE.format(a.lastUpdate().on()) + ": " + a.lastUpdate().text();
        return new ActionRow(a.id().toString(), a.description(), area, a.ownerName(), DATE.format(a.dueOn()),
                a.rag().label(), a.rag().colour(), a.done(), a.overdue(today), last);
    }

    @GetMapping
    String list(Model model, Authentication auth) {
        LocalDate today = plans.today();
        model.addAttribute("strategies", plans.all().stream().map(s -> new StrategyRow(s.id().toString(), s.title(),
                period(s), s.adopted() ? "Adopted" : "Draft", s.adopted() ? "green" : "grey", s.objectives().size(),
                s.actions().stream().filter(a -> !a.done()).count(), s.overdue(today).size())).toList());
        model.addAttribute("canManage", canManage(auth));
        return "strategy/plans";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newStrategy(Model model) {
        model.addAttribute(FORM, new PlanForm());
        return "strategy/plan-form";
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(@ModelAttribute(FORM) PlanForm form, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate starts = PlanForm.date(result, "startsOn", form.getStartsOn());
        LocalDate ends = PlanForm.date(result, "endsOn", form.getEndsOn());
        try {
            PlanForm.refuseRejectedText(result);
            Strategy s = plans.create(form.getTitle(), starts, ends);
            redirect.addFlashAttribute("success", "Strategy started: " + s.title());
            return "redirect:/strategy/plans/" + s.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "strategy/plan-form";
        }
    }

    private Strategy strategy(String id) {
        return StrategyId.parse(id).flatMap(plans::find).orElseThrow(StrategyController::notFound);
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String since, Model model,
            Authentication auth) {
        Strategy s = strategy(id);
        LocalDate today = plans.today();
        LocalDate compare = parseDate(since).orElse(today.minusMonths(3));
        model.addAttribute("strategy", s);
        model.addAttribute("period", period(s));
        model.addAttribute("adopted", s.adopted() ? "Adopted on " + DATE.format(s.adoptedOn()) + " by " + s.adoptedBy() : null);
        model.addAttribute("since", compare.toString());
        model.addAttribute("sinceLabel", DATE.format(compare));
        model.addAttribute("themes", s.themes().stream().map(t -> new ThemeRow(t.name(), t.objectives().stream()
                .map(o -> objectiveRow(s, o, compare)).toList())).toList());
        model.addAttribute("areas", s.areas().stream().map(a -> new AreaRow(a.number(), a.title(), a.objectives()
                .stream().map(o -> s.objective(o).map(Objective::text).orElse("")).toList())).toList());
        model.addAttribute("actions", s.actions().stream().map(a -> row(s, a, today)).toList());
        model.addAttribute("overdue", s.overdue(today).stream().map(a -> row(s, a, today)).toList());
        model.addAttribute("canManage", canManage(auth));
        return "strategy/plan";
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ObjectiveRow objectiveRow(Strategy s, Objective o, LocalDate since) {
        ObjectiveStatus now = o.current().status();
        return new ObjectiveRow(o.id().toString(), o.text(), now.label(), now.colour(), DATE.format(o.current().on()),
                o.movementSince(since), o.movedSince(since), s.prompt(o.id()));
    }

    @GetMapping("/{id}/overdue")
    String overdue(@PathVariable String id, Model model) {
        Strategy s = strategy(id);
        LocalDate today = plans.today();
        model.addAttribute("strategy", s);
        model.addAttribute("today", DATE.format(today));
        model.addAttribute("overdue", s.overdue(today).stream().map(a -> row(s, a, today)).toList());
        return "strategy/overdue";
    }

    // ---- adopt

    @GetMapping("/{id}/adopt")
    @PreAuthorize(MANAGE)
    String adoptForm(@PathVariable String id, Model model) {
        Strategy s = strategy(id);
        PlanForm form = new PlanForm();
        form.setAdoptedOn(DateParts.of(plans.today()));
        form.setAdoptedBy("the partnership board");
        model.addAttribute(FORM, form);
        model.addAttribute("strategy", s);
        return "strategy/adopt";
    }

    @PostMapping("/{id}/adopt")
    @PreAuthorize(MANAGE)
    String adopt(@PathVariable String id, @ModelAttribute(FORM) PlanForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Strategy s = strategy(id);
        LocalDate on = PlanForm.date(result, "adoptedOn", form.getAdoptedOn());
        try {
            PlanForm.refuseRejectedText(result);
            plans.adopt(s.id(), on, form.getAdoptedBy());
            redirect.addFlashAttribute("success", "Strategy adopted");
            return "redirect:/strategy/plans/" + s.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("strategy", s);
            return "strategy/adopt";
        }
    }

    // ---- themes and objectives

    @GetMapping("/{id}/themes/new")
    @PreAuthorize(MANAGE)
    String themeForm(@PathVariable String id, Model model) {
        model.addAttribute("strategy", strategy(id));
        model.addAttribute(FORM, new PlanForm());
        return "strategy/theme-form";
    }

    @PostMapping("/{id}/themes")
    @PreAuthorize(MANAGE)
    String addTheme(@PathVariable String id, @ModelAttribute(FORM) PlanForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Strategy s = strategy(id);
        try {
            PlanForm.refuseRejectedText(result);
            plans.addTheme(s.id(), form.getName());
            redirect.addFlashAttribute("success", "Theme added: " + form.getName().trim());
            return "redirect:/strategy/plans/" + s.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("strategy", s);
            return "strategy/theme-form";
        }
    }

    @GetMapping("/{id}/objectives/new")
    @PreAuthorize(MANAGE)
    String objectiveForm(@PathVariable String id, Model model) {
        PlanForm form = new PlanForm();
        form.setOn(DateParts.of(plans.today()));
        model.addAttribute(FORM, form);
        return objectivePage(strategy(id), model);
    }

    private String objectivePage(Strategy s, Model model) {
        model.addAttribute("strategy", s);
        model.addAttribute("themeOptions", s.themes().stream().map(t -> new Option(t.id().toString(), t.name())).toList());
        model.addAttribute("statusOptions", Option.of(ObjectiveStatus::label, ObjectiveStatus.values()));
        return "strategy/objective-form";
    }

    @PostMapping("/{id}/objectives")
    @PreAuthorize(MANAGE)
    String addObjective(@PathVariable String id, @ModelAttribute(FORM) PlanForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Strategy s = strategy(id);
        LocalDate on = PlanForm.date(result, "on", form.getOn());
        try {
            PlanForm.refuseRejectedText(result);
            plans.addObjective(s.id(), PlanForm.id(form.getTheme(), ThemeId::new), form.getText(),
                    ObjectiveStatus.parse(form.getStatus()), on, form.getNote());
            redirect.addFlashAttribute("success", "Objective added");
            return "redirect:/strategy/plans/" + s.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return objectivePage(s, model);
        }
    }

    /** A status in an objective's history. */
    record HistoryRow(String status, String colour, String on, String by, String note) {
    }

    @GetMapping("/{id}/objectives/{objective}")
    String objective(@PathVariable String id, @PathVariable String objective, Model model, Authentication auth) {
        Strategy s = strategy(id);
        Objective o = ObjectiveId.parse(objective).flatMap(s::objective).orElseThrow(StrategyController::notFound);
        PlanForm form = new PlanForm();
        form.setOn(DateParts.of(plans.today()));
        form.setStatus(o.current().status().name());
        model.addAttribute(FORM, form);
        return objectiveDetail(s, o, model, auth);
    }

    private String objectiveDetail(Strategy s, Objective o, Model model, Authentication auth) {
        LocalDate today = plans.today();
        model.addAttribute("strategy", s);
        model.addAttribute("objective", o);
        model.addAttribute("current", o.current().status());
        model.addAttribute("currentSince", DATE.format(o.current().on()));
        model.addAttribute("previous", o.previous() == null ? null
                : "Moved from " + o.previous().status().label() + " to " + o.current().status().label() + " on "
                        + DATE.format(o.current().on()));
        List<HistoryRow> history = new ArrayList<>();
        for (int i = o.history().size() - 1; i >= 0; i--) {
            var c = o.history().get(i);
            history.add(new HistoryRow(c.status().label(), c.status().colour(), DATE.format(c.on()), c.by(),
                    c.note() == null ? "" : c.note()));
        }
        model.addAttribute("history", history);
        model.addAttribute("prompt", s.prompt(o.id()));
        model.addAttribute("areas", s.areas().stream().filter(a -> a.objectives().contains(o.id()))
                .map(a -> a.number() + ". " + a.title()).toList());
        model.addAttribute("actions", s.actionsFor(o.id()).stream().map(a -> row(s, a, today)).toList());
        model.addAttribute("statusOptions", Option.of(ObjectiveStatus::label, ObjectiveStatus.values()));
        model.addAttribute("canManage", canManage(auth));
        return "strategy/objective";
    }

    @PostMapping("/{id}/objectives/{objective}/status")
    @PreAuthorize(MANAGE)
    String recordStatus(@PathVariable String id, @PathVariable String objective, @ModelAttribute(FORM) PlanForm form,
            BindingResult result, Model model, Authentication auth, HttpServletResponse response,
            RedirectAttributes redirect) {
        Strategy s = strategy(id);
        Objective o = ObjectiveId.parse(objective).flatMap(s::objective).orElseThrow(StrategyController::notFound);
        LocalDate on = PlanForm.date(result, "on", form.getOn());
        try {
            PlanForm.refuseRejectedText(result);
            ObjectiveStatus status = ObjectiveStatus.parse(form.getStatus());
            plans.recordStatus(o.id(), status, on, form.getNote());
            redirect.addFlashAttribute("success", "Status recorded: " + status.label());
            return "redirect:/strategy/plans/" + s.id() + "/objectives/" + o.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return objectiveDetail(s, o, model, auth);
        }
    }

    // ---- action areas and actions

    @GetMapping("/{id}/areas/new")
    @PreAuthorize(MANAGE)
    String areaForm(@PathVariable String id, Model model) {
        model.addAttribute(FORM, new PlanForm());
        model.addAttribute("strategy", strategy(id));
        return "strategy/area-form";
    }

    @PostMapping("/{id}/areas")
    @PreAuthorize(MANAGE)
    String addArea(@PathVariable String id, @ModelAttribute(FORM) PlanForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Strategy s = strategy(id);
        List<ObjectiveId> chosen = form.getObjectives() == null ? List.of() : form.getObjectives().stream()
                .map(o -> PlanForm.id(o, ObjectiveId::new)).filter(java.util.Objects::nonNull).toList();
        try {
            PlanForm.refuseRejectedText(result);
            plans.addArea(s.id(), form.getTitle(), chosen);
            redirect.addFlashAttribute("success", "Action area added: " + form.getTitle().trim());
            return "redirect:/strategy/plans/" + s.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("strategy", s);
            return "strategy/area-form";
        }
    }

    @GetMapping("/{id}/actions/new")
    @PreAuthorize(MANAGE)
    String actionForm(@PathVariable String id, @RequestParam(required = false) String fromAnswer, Model model) {
        Strategy s = strategy(id);
        PlanForm form = new PlanForm();
        form.setRag(Rag.AMBER.name());
        ChecklistAnswerId answer = fromAnswer == null ? null : ChecklistAnswerId.parse(fromAnswer)
                .orElseThrow(StrategyController::notFound);
        if (answer != null) {
            ChecklistResponse r = checklist.runOf(answer).flatMap(run -> run.response(answer))
                    .orElseThrow(StrategyController::notFound);
            form.setFromAnswer(answer.toString());
            form.setDescription("Close the checklist gap: " + r.question().text()
                    + (r.note() == null ? "" : " (" + r.note() + ")"));
        }
        model.addAttribute(FORM, form);
        return actionPage(s, model);
    }

    private String actionPage(Strategy s, Model model) {
        model.addAttribute("strategy", s);
        model.addAttribute("agencies", partnerships.agencies().stream().filter(Agency::active)
                .sorted(java.util.Comparator.comparing(Agency::name)).toList());
        model.addAttribute("ragOptions", Option.of(Rag::label, Rag.values()));
        return "strategy/action-form";
    }

    @PostMapping("/{id}/actions")
    @PreAuthorize(MANAGE)
    String addAction(@PathVariable String id, @ModelAttribute(FORM) PlanForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Strategy s = strategy(id);
        LocalDate due = PlanForm.date(result, "dueOn", form.getDueOn());
        try {
            PlanForm.refuseRejectedText(result);
            ActionId action = plans.addAction(s.id(), new StrategyPlans.NewAction(
                    PlanForm.id(form.getArea(), ActionAreaId::new), form.getDescription(),
                    PlanForm.id(form.getOwner(), AgencyId::new), due, Rag.parse(form.getRag()),
                    PlanForm.id(form.getFromAnswer(), ChecklistAnswerId::new)));
            redirect.addFlashAttribute("success", "Action added to the plan");
            return "redirect:/strategy/plans/" + s.id() + "/actions/" + action;
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return actionPage(s, model);
        }
    }

    /** A progress update as the action page lists it. */
    record UpdateRow(String on, String text, String by, String rag, String ragColour, boolean done) {
    }

    @GetMapping("/{id}/actions/{action}")
    String action(@PathVariable String id, @PathVariable String action, Model model, Authentication auth) {
        Strategy s = strategy(id);
        StrategyAction a = ActionId.parse(action).flatMap(s::action).orElseThrow(StrategyController::notFound);
        PlanForm form = new PlanForm();
        form.setOn(DateParts.of(plans.today()));
        model.addAttribute(FORM, form);
        return actionDetail(s, a, model, auth);
    }

    private String actionDetail(Strategy s, StrategyAction a, Model model, Authentication auth) {
        LocalDate today = plans.today();
        model.addAttribute("strategy", s);
        model.addAttribute("action", row(s, a, today));
        model.addAttribute("objectives", a.area() == null ? List.of() : s.area(a.area()).map(ActionArea::objectives)
                .orElse(List.of()).stream().map(o -> s.objective(o).map(Objective::text).orElse("")).toList());
        model.addAttribute("fromChecklist", a.fromAnswer() == null ? null : checklist.runOf(a.fromAnswer()).orElse(null));
        model.addAttribute("fromQuestion", a.fromAnswer() == null ? null : checklist.runOf(a.fromAnswer())
                .flatMap(r -> r.response(a.fromAnswer())).map(r -> r.question().code() + ": " + r.question().text())
                .orElse(null));
        List<UpdateRow> updates = new ArrayList<>();
        for (int i = a.progress().size() - 1; i >= 0; i--) {
            var u = a.progress().get(i);
            updates.add(new UpdateRow(DATE.format(u.on()), u.text(), u.by(), u.rag() == null ? null : u.rag().label(),
                    u.rag() == null ? null : u.rag().colour(), u.done()));
        }
        model.addAttribute("updates", updates);
        model.addAttribute("doneOn", a.done() ? DATE.format(a.doneOn()) : null);
        List<Option> rags = new ArrayList<>();
        rags.add(new Option("", "Keep it " + a.rag().label().toLowerCase(Locale.UK)));
        rags.addAll(Option.of(Rag::label, Rag.values()));
        model.addAttribute("ragKeepOptions", rags);
        model.addAttribute("canManage", canManage(auth));
        return "strategy/action";
    }

    @PostMapping("/{id}/actions/{action}/progress")
    @PreAuthorize(MANAGE)
    String progress(@PathVariable String id, @PathVariable String action, @ModelAttribute(FORM) PlanForm form,
            BindingResult result, Model model, Authentication auth, HttpServletResponse response,
            RedirectAttributes redirect) {
        Strategy s = strategy(id);
        StrategyAction a = ActionId.parse(action).flatMap(s::action).orElseThrow(StrategyController::notFound);
        LocalDate on = PlanForm.date(result, "on", form.getOn());
        Rag rag = Rag.parse(form.getRag());
        if (rag == null && form.getRag() != null && !form.getRag().isBlank()) {
            result.rejectValue("rag", "invalid", "Select red, amber or green, or leave the RAG as it is");
        }
        try {
            PlanForm.refuseRejectedText(result);
            if (result.hasErrors()) {
                throw StrategyInputException.of("rag", "Select red, amber or green");
            }
            plans.progress(a.id(), on, form.getText(), rag, form.markedDone());
            redirect.addFlashAttribute("success", form.markedDone() ? "Progress recorded and the action marked done"
                    : "Progress recorded");
            return "redirect:/strategy/plans/" + s.id() + "/actions/" + a.id();
        } catch (StrategyInputException e) {
            PlanForm.reject(result, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return actionDetail(s, a, model, auth);
        }
    }

    static String join(List<String> items) {
        return items.stream().collect(Collectors.joining("; "));
    }
}
