package org.hearth.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.audit.NotAudited;
import org.hearth.platform.InvalidInputException;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkStandard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping the Quality Mark's standards (coordinators and administrators, by the URL rules): every standard with the
 * retired ones, adding one, changing one, retiring one (its evidence is kept) or bringing it back.
 */
@Controller
@RequestMapping("/workforce/quality-mark/standards")
@NotAudited("the Quality Mark's standards, no person data; QualityMark audits each change")
class QualityMarkStandardsController {

    private final QualityMark qualityMark;

    QualityMarkStandardsController(QualityMark qualityMark) {
        this.qualityMark = qualityMark;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("standards", qualityMark.allStandards());
        return "workforce/quality-mark-standards";
    }

    @GetMapping("/new")
    String form(Model model) {
        return formPage(model, null, Map.of("level", "", "title", "", "description", ""), Map.of());
    }

    @PostMapping
    String add(@RequestParam(required = false) String level, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            QualityMarkStandard s = qualityMark.addStandard(WorkforceForms.level(level), title, description);
            redirect.addFlashAttribute("success", "Standard " + s.position() + " added: " + s.title());
            return "redirect:/workforce/quality-mark/standards";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, null, typed(level, title, description), e.errors());
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        QualityMarkStandard s = find(code);
        return formPage(model, s, typed(String.valueOf(s.level()), s.title(), s.description()), Map.of());
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @RequestParam(required = false) String level,
            @RequestParam(required = false) String title, @RequestParam(required = false) String description,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        QualityMarkStandard s = find(code);
        try {
            s = qualityMark.changeStandard(code, WorkforceForms.level(level), title, description);
            redirect.addFlashAttribute("success", "Standard " + s.position() + " changed");
            return "redirect:/workforce/quality-mark/standards";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, s, typed(level, title, description), e.errors());
        }
    }

    @PostMapping("/{code}/retire")
    String retire(@PathVariable String code, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return setActive(code, false, model, response, redirect);
    }

    @PostMapping("/{code}/reinstate")
    String reinstate(@PathVariable String code, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return setActive(code, true, model, response, redirect);
    }

    private String setActive(String code, boolean active, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        QualityMarkStandard s = find(code);
        try {
            s = qualityMark.setStandardActive(code, active);
            redirect.addFlashAttribute("success", "Standard " + s.position() + (active ? " is in use again"
                    : " retired: awards no longer need it"));
            return "redirect:/workforce/quality-mark/standards";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, s, typed(String.valueOf(s.level()), s.title(), s.description()), e.errors());
        }
    }

    private QualityMarkStandard find(String code) {
        return qualityMark.allStandards().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, String> typed(String level, String title, String description) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("level", level == null ? "" : level);
        typed.put("title", title == null ? "" : title);
        typed.put("description", description == null ? "" : description);
        return typed;
    }

    private String formPage(Model model, QualityMarkStandard standard, Map<String, String> typed,
            Map<String, String> errors) {
        model.addAttribute("standard", standard);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("levels", WorkforceViews.LEVELS);
        return "workforce/quality-mark-standard";
    }
}
