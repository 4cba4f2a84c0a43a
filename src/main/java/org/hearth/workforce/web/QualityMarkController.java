package org.hearth.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.Dates;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkStandard;
import org.hearth.workforce.web.WorkforceForms.ApplicationForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Quality Mark: the coordinator's overview (standards, open applications, holders and renewals) and opening an
 * application (coordinators and administrators); the register of holders, which any member of staff may read
 * (organisations' names and levels only: nothing about a person).
 */
@Controller
@RequestMapping("/workforce/quality-mark")
@NotAudited("organisations' Quality Mark awards, no person data; QualityMark audits each change")
class QualityMarkController {

    private final QualityMark qualityMark;

    QualityMarkController(QualityMark qualityMark) {
        this.qualityMark = qualityMark;
    }

    @Navigation(label = "Quality Mark", order = 69, section = NavigationSection.STRATEGY,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN"})
    @GetMapping
    String overview(Model model) {
        LocalDate today = qualityMark.today();
        List<QualityMarkStandard> standards = qualityMark.standards();
        model.addAttribute("today", Dates.DAY.format(today));
        model.addAttribute("standards", standards);
        model.addAttribute("applications", qualityMark.open().stream()
                .map(a -> WorkforceViews.application(a, standards)).toList());
        model.addAttribute("holders", qualityMark.latestAwards().stream()
                .filter(h -> !h.expiresOn().isBefore(today.minusMonths(QualityMark.RENEWAL_MONTHS)))
                .map(h -> WorkforceViews.holder(h, today)).toList());
        model.addAttribute("awardYears", QualityMark.AWARD_YEARS);
        return "workforce/quality-mark";
    }

    @Navigation(label = "Quality Mark holders", order = 70, section = NavigationSection.PARTNERSHIP,
            roles = {"HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE", "DISCLOSURE_TEAM"})
    @GetMapping("/register")
    String register(Model model) {
        LocalDate today = qualityMark.today();
        model.addAttribute("today", Dates.DAY.format(today));
        model.addAttribute("holders", qualityMark.holders(today).stream().map(h -> WorkforceViews.holder(h, today))
                .toList());
        return "workforce/quality-mark-register";
    }

    @GetMapping("/applications/new")
    String form(Model model) {
        return formPage(model, new ApplicationForm(), Map.of());
    }

    @PostMapping("/applications")
    String apply(@ModelAttribute("form") ApplicationForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        HolderKind kind = null;
        UUID id = null;
        String holder = form.getHolder() == null ? "" : form.getHolder();
        int colon = holder.indexOf(':');
        if (colon > 0) {
            try {
                kind = HolderKind.valueOf(holder.substring(0, colon));
                id = UUID.fromString(holder.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        try {
            QualityMarkApplication application = qualityMark.apply(kind, id, WorkforceForms.level(form.getLevel()));
            redirect.addFlashAttribute("success", "Application opened for " + application.holder().name());
            return "redirect:/workforce/quality-mark/applications/" + application.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, e.errors());
        }
    }

    private String formPage(Model model, ApplicationForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("holderOptions", WorkforceViews.holders(qualityMark.candidates()));
        model.addAttribute("levels", WorkforceViews.LEVELS);
        return "workforce/quality-mark-apply";
    }
}
