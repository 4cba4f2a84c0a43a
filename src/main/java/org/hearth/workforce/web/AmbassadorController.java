package org.hearth.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.DateParts;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.AmbassadorId;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.web.WorkforceForms.AmbassadorChangeForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One DV ambassador (coordinators and administrators): their trainings and reach, recording a refresher, the
 * colleagues they have supported, or that they stepped down.
 */
@Controller
@RequestMapping("/workforce/ambassadors/{id}")
@NotAudited("a member of staff in the ambassadors' register, no person-at-risk data; Ambassadors audits each change")
class AmbassadorController {

    private final Ambassadors ambassadors;

    AmbassadorController(Ambassadors ambassadors) {
        this.ambassadors = ambassadors;
    }

    private Ambassador ambassador(String id) {
        return TypedId.parse(id, AmbassadorId::new).flatMap(ambassadors::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    String page(@PathVariable String id, Model model) {
        Ambassador a = ambassador(id);
        return page(model, a, new AmbassadorChangeForm(), Map.of());
    }

    @PostMapping("/refresher")
    String refresher(@PathVariable String id, @ModelAttribute("form") AmbassadorChangeForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Ambassador a = ambassador(id);
        return change(model, a, form, response, redirect, "refreshedOn", "trainedOn", form.getRefreshedOn(),
                on -> ambassadors.refresher(a.id(), on), "Refresher recorded");
    }

    @PostMapping("/step-down")
    String stepDown(@PathVariable String id, @ModelAttribute("form") AmbassadorChangeForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Ambassador a = ambassador(id);
        return change(model, a, form, response, redirect, "leftOn", "leftOn", form.getLeftOn(),
                on -> ambassadors.stepDown(a.id(), on), "Recorded as stepped down");
    }

    @PostMapping("/reach")
    String reach(@PathVariable String id, @ModelAttribute("form") AmbassadorChangeForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Ambassador a = ambassador(id);
        try {
            ambassadors.reach(a.id(), WorkforceForms.count(form.getColleaguesSupported(), false));
            redirect.addFlashAttribute("success", "Colleagues supported recorded");
            return "redirect:/workforce/ambassadors/" + a.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, a, form, rename(e, "colleaguesSupported"));
        }
    }

    private String change(Model model, Ambassador a, AmbassadorChangeForm form, HttpServletResponse response,
            RedirectAttributes redirect, String field, String moduleField, DateParts parts,
            Function<LocalDate, Ambassador> change, String done) {
        LocalDate on = parts == null || parts.blank() ? null : parts.toDate().orElse(null);
        try {
            change.apply(on);
            redirect.addFlashAttribute("success", done);
            return "redirect:/workforce/ambassadors/" + a.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            if (parts != null && !parts.blank() && on == null) {
                errors.put(field, "The date must be a real date, for example 27 3 2026");
            }
            for (InvalidInputException.Problem p : e.problems()) {
                errors.putIfAbsent(p.field().equals(moduleField) ? field : "page", p.message());
            }
            return page(model, a, form, errors);
        }
    }

    private static Map<String, String> rename(InvalidInputException e, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field().equals(field) ? field : "page", p.message()));
        return errors;
    }

    private String page(Model model, Ambassador a, AmbassadorChangeForm form, Map<String, String> errors) {
        LocalDate today = ambassadors.today();
        model.addAttribute("ambassador", WorkforceViews.ambassador(a, today));
        model.addAttribute("active", a.active());
        model.addAttribute("leftOn", a.leftOn() == null ? null : Dates.DAY.format(a.leftOn()));
        model.addAttribute("trainings", a.trainedOn().stream().map(Dates.DAY::format).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workforce/ambassador";
    }
}
