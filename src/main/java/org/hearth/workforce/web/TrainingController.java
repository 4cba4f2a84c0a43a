package org.hearth.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hearth.platform.Dates;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.workforce.Attendance;
import org.hearth.workforce.Training;
import org.hearth.workforce.TrainingAudience;
import org.hearth.workforce.TrainingSession;
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
 * Training delivered in the last 12 months with totals by staff group, and recording a session (partnership
 * coordinators and administrators). Analysts read it: counts only, never a person.
 */
@Controller
@RequestMapping("/workforce/training")
@NotAudited("training records are counts by staff group, not person data; Training audits each session recorded")
class TrainingController {

    static final String FORM = "trainingForm";
    static final List<String> FIELDS = fields();

    private final Training training;

    TrainingController(Training training) {
        this.training = training;
    }

    /** A row of the sessions table. */
    record SessionRow(String id, String date, String title, String provider, String groups, int attended) {
    }

    /** A row of the totals by group. */
    record GroupRow(String group, int frontLine, int managerial) {
    }

    @Navigation(label = "Training", order = 67, section = NavigationSection.STRATEGY,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN", "ANALYST"})
    @GetMapping
    String list(Model model, Authentication auth) {
        LocalDate today = training.today();
        List<TrainingSession> sessions = training.between(today.minusYears(1).plusDays(1), today);
        model.addAttribute("today", Dates.DAY.format(today));
        model.addAttribute("sessions", sessions.stream().map(s -> new SessionRow(s.id().toString(),
                Dates.DAY.format(s.deliveredOn()), s.title(), s.provider() == null ? "Not recorded" : s.provider(),
                s.attendance().stream().map(a -> a.audience().label()).collect(Collectors.joining(", ")),
                s.attendees())).toList());
        model.addAttribute("multiAgency", sessions.stream().filter(TrainingSession::multiAgency).count());
        model.addAttribute("trained", sessions.stream().mapToInt(TrainingSession::attendees).sum());
        List<GroupRow> byGroup = new ArrayList<>();
        for (TrainingAudience group : TrainingAudience.values()) {
            List<Attendance> of = sessions.stream().flatMap(s -> s.attendance().stream())
                    .filter(a -> a.audience() == group).toList();
            byGroup.add(new GroupRow(group.label(), of.stream().mapToInt(Attendance::frontLine).sum(),
                    of.stream().mapToInt(Attendance::managerial).sum()));
        }
        model.addAttribute("byGroup", byGroup);
        model.addAttribute("canRecord", auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals(Role.PARTNERSHIP_COORDINATOR.authority()) || a.getAuthority().equals(Role.SYSTEM_ADMIN.authority())));
        return "workforce/training";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute(FORM, new TrainingForm());
        return formPage(model);
    }

    @PostMapping
    String record(@ModelAttribute(FORM) TrainingForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        TrainingForm.Valid valid = form.validate(result, training.today());
        if (valid == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model);
        }
        training.record(valid.title(), valid.deliveredOn(), valid.provider(), valid.attendance());
        redirect.addFlashAttribute("success", "Training recorded: " + valid.title());
        return "redirect:/workforce/training";
    }

    private static String formPage(Model model) {
        model.addAttribute("audiences", TrainingAudience.values());
        model.addAttribute("fields", FIELDS);
        return "workforce/training-form";
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("title", "deliveredOn", "provider"));
        for (TrainingAudience g : TrainingAudience.values()) {
            fields.add("frontLine[" + g.name() + "]");
            fields.add("managerial[" + g.name() + "]");
        }
        return List.copyOf(fields);
    }
}
