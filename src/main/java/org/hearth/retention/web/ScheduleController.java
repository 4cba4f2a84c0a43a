package org.hearth.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.retention.RecordType;
import org.hearth.retention.Retention;
import org.hearth.retention.RetentionRule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention schedule, a rule per record type, and a rule's change: coordinators and administrators. */
@Controller
class ScheduleController {

    static final String KEEPERS = Role.MANAGES_PARTNERSHIP;

    private final Retention retention;

    ScheduleController(Retention retention) {
        this.retention = retention;
    }

    @Navigation(label = "Retention schedule", order = 98, section = NavigationSection.ADMINISTRATION,
            roles = "SYSTEM_ADMIN")
    @GetMapping("/retention/schedule")
    @PreAuthorize(KEEPERS)
    @NotAudited("The schedule's rules: no person data")
    String schedule(Model model) {
        model.addAttribute("rules", RetentionViews.rules(retention.schedule()));
        return "retention/schedule";
    }

    static RecordType type(String code) {
        try {
            return RecordType.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/retention/schedule/{type}")
    @PreAuthorize(KEEPERS)
    @NotAudited("A rule's form: no person data")
    String edit(@PathVariable String type, Model model) {
        RetentionRule rule = retention.rule(type(type));
        return page(rule, String.valueOf(rule.yearsAfterLastInvolvement()),
                rule.untilAge() == null ? "" : String.valueOf(rule.untilAge()), rule.reasoning(), Map.of(), model);
    }

    @PostMapping("/retention/schedule/{type}")
    @PreAuthorize(KEEPERS)
    @NotAudited("Retention.updateRule audits the change of the rule (no person data)")
    String save(@PathVariable String type, @RequestParam(required = false) String years,
            @RequestParam(required = false) String untilAge, @RequestParam(required = false) String reasoning,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        RecordType t = type(type);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer y = number(years, "years", "Years after the last involvement must be a whole number", errors);
        Integer age = number(untilAge, "untilAge", "The age must be a whole number", errors);
        try {
            InvalidInputException.refuseIfAny(errors);
            retention.updateRule(t, y, age, reasoning);
            flash.addFlashAttribute("success", "The rule for " + t.label().toLowerCase() + " records is changed.");
            return "redirect:/retention/schedule";
        } catch (InvalidInputException e) {
            errors.putAll(e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(retention.rule(t), years, untilAge, reasoning, errors, model);
        }
    }

    private static Integer number(String text, String field, String message, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    private String page(RetentionRule rule, String years, String untilAge, String reasoning, Map<String, String> errors,
            Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("label", rule.type().label());
        model.addAttribute("years", years);
        model.addAttribute("untilAge", untilAge);
        model.addAttribute("reasoning", reasoning);
        model.addAttribute("errors", errors);
        return "retention/rule";
    }
}
