package org.hearth.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.casework.Programme;
import org.hearth.casework.ProgrammeAttendance;
import org.hearth.casework.ProgrammeEndReason;
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.ProgrammeReferralId;
import org.hearth.casework.Programmes;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Perpetrator programmes: the list with places and waiting (casework roles and administrators), a new programme
 * (administrators), a programme's referrals and one referral (the provider's staff: assessment, start, sessions,
 * ending, risk told to the partner's worker). The module audits every referral it shows with the perpetrator's id.
 */
@Controller
@NotAudited("Programmes audits each referral it shows or changes with the perpetrator's id; programmes name no person")
class ProgrammePages {

    private final Programmes programmes;
    private final Partnerships partnerships;

    ProgrammePages(Programmes programmes, Partnerships partnerships) {
        this.programmes = programmes;
        this.partnerships = partnerships;
    }

    @Navigation(label = "Perpetrator programmes", order = 27, section = NavigationSection.CASEWORK,
            roles = {"SYSTEM_ADMIN", "HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/casework/programmes")
    @PreAuthorize(CaseworkPages.CASEWORK_OR_ADMIN)
    String list(Model model) {
        model.addAttribute("programmes", programmes.all().stream()
                .map(p -> ProgrammeViews.row(p, programmes.staffOf(p.id()))).toList());
        model.addAttribute("admin", CaseworkPages.admin());
        return "casework/programmes";
    }

    @GetMapping("/casework/programmes/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newProgramme(Model model) {
        return programmeForm(model, new LinkedHashMap<>(), Map.of("places", "24", "courtMandated", "false"));
    }

    @PostMapping("/casework/programmes")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer places = Forms.integer(form.get("places"), "places", "Enter the number of places as a whole number",
                errors);
        return FormPost.submit(errors, response, () -> {
            Programme p = programmes.create(Forms.id(form.get("agency"), AgencyId::new), form.get("name"),
                    "true".equals(form.get("courtMandated")), places);
            return FormPost.redirect(redirect, "Programme added: " + p.name(), "/casework/programmes");
        }, e -> programmeForm(model, e, form));
    }

    private String programmeForm(Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("agencyChoices", agencyChoices(partnerships));
        model.addAttribute("kindChoices", List.of(new Option("true", ProgrammeViews.kind(true)),
                new Option("false", ProgrammeViews.kind(false))));
        return "casework/programme-form";
    }

    /** The partnership's agencies, after a "Choose an agency" prompt. */
    static List<Option> agencyChoices(Partnerships partnerships) {
        return Option.withNone("Choose an agency", Option.of(partnerships.agencies(), a -> a.id(), a -> a.name()));
    }

    @GetMapping("/casework/programmes/{id}")
    @PreAuthorize(Role.WORKS_CASES)
    String programme(@PathVariable UUID id, Model model) {
        Programme p = programmes.find(new ProgrammeId(id)).orElseThrow(Forms::notFound);
        if (!programmes.staffOf(p.id())) {
            throw new AccessDeniedException("For the programme's staff");
        }
        model.addAttribute("programme", ProgrammeViews.row(p, true));
        model.addAttribute("referrals", programmes.referrals(p.id()).stream().map(ProgrammeViews::row).toList());
        return "casework/programme";
    }

    @GetMapping("/casework/programme-referrals/{id}")
    @PreAuthorize(Role.WORKS_CASES)
    String referral(@PathVariable UUID id, Model model) {
        return page(referral(id), model, new LinkedHashMap<>(), Map.of());
    }

    private ProgrammeReferral referral(UUID id) {
        return programmes.referral(new ProgrammeReferralId(id)).orElseThrow(Forms::notFound);
    }

    private String page(ProgrammeReferral r, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("referral", r);
        model.addAttribute("summary", ProgrammeViews.summary(r));
        model.addAttribute("sessions", r.sessions().stream().map(ProgrammeViews::session).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        LocalDate today = CaseViews.today();
        for (String field : List.of("assessedOn", "startedOn", "sessionOn", "endedOn")) {
            model.addAttribute(field + "Parts", values.isEmpty() ? DateParts.of(today) : DateParts.ofFields(values, field));
        }
        model.addAttribute("suitableChoices", List.of(new Option("true", "Suitable: waiting for a place"),
                new Option("false", "Not suitable")));
        model.addAttribute("attendanceChoices", Option.of(ProgrammeAttendance::label, ProgrammeAttendance.values()));
        List<Option> reasons = new ArrayList<>();
        for (ProgrammeEndReason reason : ProgrammeEndReason.values()) {
            if (reason != ProgrammeEndReason.COMPLETED || r.status() == org.hearth.casework.ProgrammeStatus.STARTED) {
                reasons.add(new Option(reason.name(), reason.label()));
            }
        }
        model.addAttribute("reasonChoices", reasons);
        return "casework/programme-referral";
    }

    /** Runs a change, answering the page with the errors under {@code dateField} for the module's {@code on}. */
    private String act(UUID id, Map<String, String> form, String dateField, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done, Change change) {
        ProgrammeReferral r = referral(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = dateField == null ? null : DateParts.date(form, dateField, errors);
        if (errors.isEmpty()) {
            try {
                change.apply(r.id(), on);
                return FormPost.redirect(redirect, r.reference() + ": " + done, "/casework/programme-referrals/" + id);
            } catch (InvalidInputException e) {
                e.errors().forEach((k, v) -> errors.putIfAbsent("on".equals(k) ? dateField : k, v));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(r, model, errors, form);
    }

    interface Change {
        void apply(ProgrammeReferralId id, LocalDate on);
    }

    @PostMapping("/casework/programme-referrals/{id}/assessment")
    @PreAuthorize(Role.WORKS_CASES)
    String assess(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Boolean suitable = form.get("suitable") == null || form.get("suitable").isBlank() ? null
                : Boolean.valueOf("true".equals(form.get("suitable")));
        return act(id, form, "assessedOn", model, response, redirect, "assessment recorded",
                (r, on) -> programmes.assess(r, suitable, on));
    }

    @PostMapping("/casework/programme-referrals/{id}/start")
    @PreAuthorize(Role.WORKS_CASES)
    String start(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, form, "startedOn", model, response, redirect, "started; the partner's worker is told",
                programmes::start);
    }

    @PostMapping("/casework/programme-referrals/{id}/sessions")
    @PreAuthorize(Role.WORKS_CASES)
    String session(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ProgrammeAttendance attendance = Forms.enumOf(ProgrammeAttendance.class, form.get("attendance"));
        return act(id, form, "sessionOn", model, response, redirect, "session recorded",
                (r, on) -> programmes.recordSession(r, on, attendance, form.get("note")));
    }

    @PostMapping("/casework/programme-referrals/{id}/end")
    @PreAuthorize(Role.WORKS_CASES)
    String end(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ProgrammeEndReason reason = Forms.enumOf(ProgrammeEndReason.class, form.get("reason"));
        return act(id, form, "endedOn", model, response, redirect, "ended; the partner's worker is told",
                (r, on) -> programmes.end(r, on, reason));
    }

    @PostMapping("/casework/programme-referrals/{id}/risk")
    @PreAuthorize(Role.WORKS_CASES)
    String risk(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, form, null, model, response, redirect, "the partner's worker is told",
                (r, on) -> programmes.tellPartnerWorker(r, form.get("risk")));
    }
}
