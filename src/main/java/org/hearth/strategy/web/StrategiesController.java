package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyPlans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's strategies at {@code /strategy/plans}: the list and starting a new one. Coordinators and
 * administrators manage; analysts read (partnership-level records, no person data).
 */
@Controller
@RequestMapping("/strategy/plans")
@NotAudited("strategies are partnership-level records, not person data; StrategyPlans audits every change")
class StrategiesController {

    private final StrategyPlans plans;

    StrategiesController(StrategyPlans plans) {
        this.plans = plans;
    }

    @Navigation(label = "Strategy", order = 64, section = NavigationSection.STRATEGY,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN", "ANALYST"})
    @GetMapping
    String list(Model model, Authentication auth) {
        LocalDate today = plans.today();
        model.addAttribute("strategies", plans.all().stream().map(s -> StrategyViews.strategy(s, today)).toList());
        model.addAttribute("canManage", StrategyController.canManage(auth));
        return "strategy/plans";
    }

    @GetMapping("/new")
    @PreAuthorize(StrategyController.MANAGE)
    String newStrategy(Model model) {
        model.addAttribute(OneStrategy.FORM, new StrategyForm());
        return "strategy/plan-form";
    }

    @PostMapping
    @PreAuthorize(StrategyController.MANAGE)
    String create(@ModelAttribute(OneStrategy.FORM) StrategyForm form, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate starts = FormErrors.date(result, "startsOn", form.getStartsOn());
        LocalDate ends = FormErrors.date(result, "endsOn", form.getEndsOn());
        return FormPost.submit(result, response, () -> {
            Strategy s = plans.create(form.getTitle(), starts, ends);
            return FormPost.redirect(redirect, "Strategy started: " + s.title(), "/strategy/plans/" + s.id());
        }, () -> "strategy/plan-form");
    }
}
