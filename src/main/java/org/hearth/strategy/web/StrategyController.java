package org.hearth.strategy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Optional;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Dates;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyPlans;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One strategy's page at {@code /strategy/plans/{id}} (themes, objectives with their movement since a date, action
 * areas, actions, overdue actions), its overdue actions, and recording its adoption. Objectives are in
 * {@link ObjectivesController}, actions in {@link ActionsController}.
 */
@Controller
@RequestMapping("/strategy/plans/{id}")
@NotAudited("strategies are partnership-level records, not person data; StrategyPlans audits every change")
class StrategyController extends OneStrategy {

    static final String MANAGE = Role.MANAGES_PARTNERSHIP;

    StrategyController(StrategyPlans plans) {
        super(plans);
    }

    static boolean canManage(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals(Role.PARTNERSHIP_COORDINATOR.authority()) || a.getAuthority().equals(Role.SYSTEM_ADMIN.authority()));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @GetMapping
    String show(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @RequestParam(required = false) String since, Model model, Authentication auth) {
        LocalDate today = plans.today();
        LocalDate compare = parseDate(since).orElse(today.minusMonths(3));
        model.addAttribute("period", StrategyViews.period(s));
        model.addAttribute("adopted", StrategyViews.adoption(s));
        model.addAttribute("since", compare.toString());
        model.addAttribute("sinceLabel", Dates.DAY.format(compare));
        model.addAttribute("themes", StrategyViews.themes(s, compare));
        model.addAttribute("areas", StrategyViews.areas(s));
        model.addAttribute("actions", StrategyViews.actions(s, s.actions(), today));
        model.addAttribute("overdue", StrategyViews.actions(s, s.overdue(today), today));
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

    @GetMapping("/overdue")
    String overdue(@ModelAttribute(name = "strategy", binding = false) Strategy s, Model model) {
        LocalDate today = plans.today();
        model.addAttribute("today", Dates.DAY.format(today));
        model.addAttribute("overdue", StrategyViews.actions(s, s.overdue(today), today));
        return "strategy/overdue";
    }

    @GetMapping("/adopt")
    @PreAuthorize(MANAGE)
    String adoptForm(Model model) {
        AdoptionForm form = new AdoptionForm();
        form.setAdoptedOn(DateParts.of(plans.today()));
        form.setAdoptedBy("the partnership board");
        model.addAttribute(FORM, form);
        return "strategy/adopt";
    }

    @PostMapping("/adopt")
    @PreAuthorize(MANAGE)
    String adopt(@ModelAttribute(name = "strategy", binding = false) Strategy s,
            @ModelAttribute(FORM) AdoptionForm form, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate on = FormErrors.date(result, "adoptedOn", form.getAdoptedOn());
        return FormPost.submit(result, response, () -> {
            plans.adopt(s.id(), on, form.getAdoptedBy());
            return FormPost.redirect(redirect, "Strategy adopted", "/strategy/plans/" + s.id());
        }, () -> "strategy/adopt");
    }
}
