package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.hearth.strategy.ActionArea;
import org.hearth.strategy.ActionAreaId;
import org.hearth.strategy.ActionId;
import org.hearth.strategy.ChecklistAnswerId;
import org.hearth.strategy.ChecklistResponse;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.PartnershipChecklist;
import org.hearth.strategy.Rag;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyPlans;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A strategy's action plan: action areas, actions (one may start from a gap in the partnership checklist), an
 * action's page and its progress updates.
 */
@Controller
@RequestMapping("/strategy/plans/{id}")
@NotAudited("strategies are partnership-level records, not person data; StrategyPlans audits every change")
class ActionsController extends OneStrategy {

    private final Partnerships partnerships;
    private final PartnershipChecklist checklist;

    ActionsController(StrategyPlans plans, Partnerships partnerships, PartnershipChecklist checklist) {
        super(plans);
        this.partnerships = partnerships;
        this.checklist = checklist;
    }

    @GetMapping("/areas/new")
    @PreAuthorize(StrategyController.MANAGE)
    String areaForm(@ModelAttribute(name = "strategy", binding = false) Strategy s, Model model) {
        model.addAttribute(FORM, new AreaForm());
        model.addAttribute("objectiveGroups", StrategyViews.objectiveGroups(s));
        return "strategy/area-form";
    }

    @PostMapping("/areas")
    @PreAuthorize(StrategyController.MANAGE)
    String addArea(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @ModelAttribute(FORM) AreaForm form, BindingResult result, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        List<ObjectiveId> chosen = form.getObjectives() == null ? List.of() : form.getObjectives().stream()
                .map(o -> FormErrors.id(o, ObjectiveId::new)).filter(Objects::nonNull).toList();
        return FormPost.submit(result, response, () -> {
            plans.addArea(s.id(), form.getTitle(), chosen);
            return FormPost.redirect(redirect, "Action area added: " + form.getTitle().trim(),
                    "/strategy/plans/" + s.id());
        }, () -> {
            model.addAttribute("objectiveGroups", StrategyViews.objectiveGroups(s));
            return "strategy/area-form";
        });
    }

    @GetMapping("/actions/new")
    @PreAuthorize(StrategyController.MANAGE)
    String actionForm(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @RequestParam(required = false) String fromAnswer, Model model) {
        ActionForm form = new ActionForm();
        form.setRag(Rag.AMBER.name());
        ChecklistAnswerId answer = fromAnswer == null ? null : TypedId.parse(fromAnswer, ChecklistAnswerId::new)
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
        model.addAttribute("areaOptions", Option.withNone("Not in an action area yet",
                Option.of(s.areas(), a -> a.id(), a -> a.number() + ". " + a.title())));
        model.addAttribute("ownerOptions", Option.withNone("Select an agency",
                Option.of(partnerships.agencies().stream().filter(Agency::active)
                .sorted(Comparator.comparing(Agency::name)).toList(), g -> g.id().value(), Agency::name)));
        model.addAttribute("ragOptions", Option.of(Rag::label, Rag.values()));
        return "strategy/action-form";
    }

    @PostMapping("/actions")
    @PreAuthorize(StrategyController.MANAGE)
    String addAction(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @ModelAttribute(FORM) ActionForm form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate due = FormErrors.date(result, "dueOn", form.getDueOn());
        return FormPost.submit(result, response, () -> {
            ActionId action = plans.addAction(s.id(), new StrategyPlans.NewAction(
                    FormErrors.id(form.getArea(), ActionAreaId::new), form.getDescription(),
                    FormErrors.id(form.getOwner(), AgencyId::new), due, Rag.parse(form.getRag()),
                    FormErrors.id(form.getFromAnswer(), ChecklistAnswerId::new)));
            return FormPost.redirect(redirect, "Action added to the plan",
                    "/strategy/plans/" + s.id() + "/actions/" + action);
        }, () -> actionPage(s, model));
    }

    private static StrategyAction action(Strategy s, String id) {
        return TypedId.parse(id, ActionId::new).flatMap(s::action).orElseThrow(StrategyController::notFound);
    }

    @GetMapping("/actions/{action}")
    String action(@ModelAttribute(name = "strategy", binding = false) Strategy s, @PathVariable String action,
            Model model, Authentication auth) {
        ProgressForm form = new ProgressForm();
        form.setOn(DateParts.of(plans.today()));
        model.addAttribute(FORM, form);
        return actionDetail(s, action(s, action), model, auth);
    }

    private String actionDetail(Strategy s, StrategyAction a, Model model, Authentication auth) {
        model.addAttribute("action", StrategyViews.action(s, a, plans.today()));
        model.addAttribute("objectives", a.area() == null ? List.of() : s.area(a.area()).map(ActionArea::objectives)
                .orElse(List.of()).stream().map(o -> s.objective(o).map(Objective::text).orElse("")).toList());
        var run = a.fromAnswer() == null ? null : checklist.runOf(a.fromAnswer()).orElse(null);
        model.addAttribute("fromChecklist", run);
        model.addAttribute("fromQuestion", run == null ? null : run.response(a.fromAnswer())
                .map(r -> r.question().code() + ": " + r.question().text()).orElse(null));
        model.addAttribute("updates", StrategyViews.updates(a));
        model.addAttribute("doneOn", a.done() ? Dates.DAY.format(a.doneOn()) : null);
        model.addAttribute("ragKeepOptions", StrategyViews.ragChoices(a));
        model.addAttribute("canManage", StrategyController.canManage(auth));
        return "strategy/action";
    }

    @PostMapping("/actions/{action}/progress")
    @PreAuthorize(StrategyController.MANAGE)
    String progress(@ModelAttribute(name = "strategy", binding = false) Strategy s, @PathVariable String action,
            @ModelAttribute(FORM) ProgressForm form, BindingResult result, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect) {
        StrategyAction a = action(s, action);
        LocalDate on = FormErrors.date(result, "on", form.getOn());
        Rag rag = Rag.parse(form.getRag());
        if (rag == null && form.getRag() != null && !form.getRag().isBlank()) {
            result.rejectValue("rag", "invalid", "Select red, amber or green, or leave the RAG as it is");
        }
        return FormPost.submit(result, response, () -> {
            plans.progress(a.id(), on, form.getText(), rag, form.markedDone());
            return FormPost.redirect(redirect, form.markedDone() ? "Progress recorded and the action marked done"
                    : "Progress recorded", "/strategy/plans/" + s.id() + "/actions/" + a.id());
        }, () -> actionDetail(s, a, model, auth));
    }
}
