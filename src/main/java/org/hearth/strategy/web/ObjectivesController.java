package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Dates;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyPlans;
import org.hearth.strategy.ThemeId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A strategy's themes and objectives: adding them, an objective's page, and recording its status. */
@Controller
@RequestMapping("/strategy/plans/{id}")
@NotAudited("strategies are partnership-level records, not person data; StrategyPlans audits every change")
class ObjectivesController extends OneStrategy {

    ObjectivesController(StrategyPlans plans) {
        super(plans);
    }

    @GetMapping("/themes/new")
    @PreAuthorize(StrategyController.MANAGE)
    String themeForm(Model model) {
        model.addAttribute(FORM, new ThemeForm());
        return "strategy/theme-form";
    }

    @PostMapping("/themes")
    @PreAuthorize(StrategyController.MANAGE)
    String addTheme(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @ModelAttribute(FORM) ThemeForm form, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormPost.submit(result, response, () -> {
            plans.addTheme(s.id(), form.getName());
            return FormPost.redirect(redirect, "Theme added: " + form.getName().trim(), "/strategy/plans/" + s.id());
        }, () -> "strategy/theme-form");
    }

    @GetMapping("/objectives/new")
    @PreAuthorize(StrategyController.MANAGE)
    String objectiveForm(@ModelAttribute(name = "strategy", binding = false) Strategy s, Model model) {
        ObjectiveForm form = new ObjectiveForm();
        form.setOn(DateParts.of(plans.today()));
        model.addAttribute(FORM, form);
        return objectivePage(s, model);
    }

    private String objectivePage(Strategy s, Model model) {
        model.addAttribute("themeOptions", s.themes().stream().map(t -> new Option(t.id().toString(), t.name())).toList());
        model.addAttribute("statusOptions", Option.of(ObjectiveStatus::label, ObjectiveStatus.values()));
        return "strategy/objective-form";
    }

    @PostMapping("/objectives")
    @PreAuthorize(StrategyController.MANAGE)
    String addObjective(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @ModelAttribute(FORM) ObjectiveForm form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate on = FormErrors.date(result, "on", form.getOn());
        return FormPost.submit(result, response, () -> {
            plans.addObjective(s.id(), FormErrors.id(form.getTheme(), ThemeId::new), form.getText(),
                    ObjectiveStatus.parse(form.getStatus()), on, form.getNote());
            return FormPost.redirect(redirect, "Objective added", "/strategy/plans/" + s.id());
        }, () -> objectivePage(s, model));
    }

    private static Objective objective(Strategy s, String id) {
        return TypedId.parse(id, ObjectiveId::new).flatMap(s::objective).orElseThrow(StrategyController::notFound);
    }

    @GetMapping("/objectives/{objective}")
    String objective(@ModelAttribute(name = "strategy", binding = false) Strategy s, @PathVariable String objective,
            Model model, Authentication auth) {
        Objective o = objective(s, objective);
        StatusForm form = new StatusForm();
        form.setOn(DateParts.of(plans.today()));
        form.setStatus(o.current().status().name());
        model.addAttribute(FORM, form);
        return objectiveDetail(s, o, model, auth);
    }

    private String objectiveDetail(Strategy s, Objective o, Model model, Authentication auth) {
        model.addAttribute("objective", o);
        model.addAttribute("current", o.current().status());
        model.addAttribute("currentSince", Dates.DAY.format(o.current().on()));
        model.addAttribute("previous", StrategyViews.lastMove(o));
        model.addAttribute("history", StrategyViews.history(o));
        model.addAttribute("prompt", s.prompt(o.id()));
        model.addAttribute("areas", s.areas().stream().filter(a -> a.objectives().contains(o.id()))
                .map(a -> a.number() + ". " + a.title()).toList());
        model.addAttribute("actions", StrategyViews.actions(s, s.actionsFor(o.id()), plans.today()));
        model.addAttribute("statusOptions", Option.of(ObjectiveStatus::label, ObjectiveStatus.values()));
        model.addAttribute("canManage", StrategyController.canManage(auth));
        return "strategy/objective";
    }

    @PostMapping("/objectives/{objective}/status")
    @PreAuthorize(StrategyController.MANAGE)
    String recordStatus(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @PathVariable String objective, @ModelAttribute(FORM) StatusForm form, BindingResult result, Model model,
            Authentication auth, HttpServletResponse response, RedirectAttributes redirect) {
        Objective o = objective(s, objective);
        LocalDate on = FormErrors.date(result, "on", form.getOn());
        return FormPost.submit(result, response, () -> {
            ObjectiveStatus status = ObjectiveStatus.parse(form.getStatus());
            plans.recordStatus(o.id(), status, on, form.getNote());
            return FormPost.redirect(redirect, "Status recorded: " + status.label(),
                    "/strategy/plans/" + s.id() + "/objectives/" + o.id());
        }, () -> objectiveDetail(s, o, model, auth));
    }
}
