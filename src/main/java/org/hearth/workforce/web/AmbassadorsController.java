package org.hearth.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import org.hearth.platform.web.FormErrors;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.Option;
import org.hearth.workforce.Ambassador;
import org.hearth.workforce.Ambassadors;
import org.hearth.workforce.TrainingAudience;
import org.hearth.workforce.web.WorkforceForms.AmbassadorForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of DV ambassadors by agency, and adding one (coordinators and administrators). Staff, never people at
 * risk: names and job titles of the partnership's own workforce.
 */
@Controller
@RequestMapping("/workforce/ambassadors")
@NotAudited("the register of staff ambassadors, no person-at-risk data; Ambassadors audits each change")
class AmbassadorsController {

    private final Ambassadors ambassadors;
    private final Partnerships partnerships;

    AmbassadorsController(Ambassadors ambassadors, Partnerships partnerships) {
        this.ambassadors = ambassadors;
        this.partnerships = partnerships;
    }

    /** One agency's ambassadors. */
    record AgencyGroup(String agency, List<WorkforceViews.AmbassadorRow> ambassadors, int colleaguesSupported) {
    }

    @Navigation(label = "DV ambassadors", order = 71, section = NavigationSection.STRATEGY,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN"})
    @GetMapping
    String list(Model model) {
        LocalDate today = ambassadors.today();
        List<Ambassador> active = ambassadors.active();
        Map<String, List<WorkforceViews.AmbassadorRow>> byAgency = new LinkedHashMap<>();
        active.forEach(a -> byAgency.computeIfAbsent(a.agencyName(), k -> new java.util.ArrayList<>())
                .add(WorkforceViews.ambassador(a, today)));
        model.addAttribute("today", Dates.DAY.format(today));
        model.addAttribute("agencies", byAgency.entrySet().stream().map(e -> new AgencyGroup(e.getKey(), e.getValue(),
                e.getValue().stream().mapToInt(WorkforceViews.AmbassadorRow::colleaguesSupported).sum())).toList());
        model.addAttribute("count", active.size());
        model.addAttribute("overdue", active.stream().filter(a -> a.refresherOverdue(today)).count());
        model.addAttribute("reach", active.stream().mapToInt(Ambassador::colleaguesSupported).sum());
        return "workforce/ambassadors";
    }

    @GetMapping("/new")
    String form(Model model) {
        return formPage(model, new AmbassadorForm(), Map.of());
    }

    @PostMapping
    String register(@ModelAttribute("form") AmbassadorForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        // what the page cannot read is passed on as missing, so the module refuses it with every other problem
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate trainedOn = DateParts.date(form.getTrainedOn(), "trainedOn", errors);
        Boolean manager = "yes".equals(form.getManager()) ? Boolean.TRUE : "no".equals(form.getManager()) ? Boolean.FALSE
                : null;
        TrainingAudience group = Arrays.stream(TrainingAudience.values()).filter(g -> g.name().equals(form.getGroup()))
                .findFirst().orElse(null);
        AgencyId agency = FormErrors.id(form.getAgency(), AgencyId::new);
        try {
            Ambassador a = ambassadors.register(form.getName(), form.getJobTitle(), agency, group, manager, trainedOn,
                    WorkforceForms.count(form.getColleaguesSupported(), true));
            redirect.addFlashAttribute("success", "Ambassador added: " + a.name());
            return "redirect:/workforce/ambassadors/" + a.id();
        } catch (InvalidInputException e) {
            e.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, form, ordered(errors));
    }

    private static final List<String> ORDER = List.of("name", "jobTitle", "agency", "group", "manager", "trainedOn",
            "colleaguesSupported");

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        ORDER.forEach(f -> {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        });
        errors.forEach(out::putIfAbsent);
        return out;
    }

    private String formPage(Model model, AmbassadorForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<Option> agencies = new java.util.ArrayList<>(List.of(new Option("", "Choose an agency")));
        partnerships.agencies().stream().filter(Agency::active).sorted(java.util.Comparator.comparing(Agency::name))
                .forEach(a -> agencies.add(new Option(a.id().value().toString(), a.name())));
        model.addAttribute("agencyOptions", agencies);
        model.addAttribute("groupOptions", Option.of(TrainingAudience::label, TrainingAudience.values()));
        model.addAttribute("yesNo", WorkforceViews.YES_NO);
        return "workforce/ambassador-new";
    }
}
