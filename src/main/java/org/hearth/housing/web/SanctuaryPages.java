package org.hearth.housing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.audit.NotAudited;
import org.hearth.housing.Housing;
import org.hearth.housing.JobSheet;
import org.hearth.housing.Measure;
import org.hearth.housing.NewJob;
import org.hearth.housing.Sanctuary;
import org.hearth.housing.SanctuaryId;
import org.hearth.housing.SanctuaryJobId;
import org.hearth.housing.SanctuaryOutcome;
import org.hearth.partnership.AgencyId;
import org.hearth.people.People;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
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

/**
 * One sanctuary referral (survey, jobs, marker, follow-up and outcome) for casework roles with a real ground on its
 * person; writes for its coordinator, surveyor and referring worker ({@code Housing} refuses others). A contractor's
 * job sheets ({@code /housing/jobs}): the open jobs of the user's agency, with the minimum a contractor needs.
 */
@Controller
@PreAuthorize(HousingRoles.ROLES)
class SanctuaryPages {

    private static final String[] DATES = {"surveyedOn", "landlordConsentOn", "markerConfirmedOn", "bookedOn", "fittedOn",
        "safetyCheckedOn", "followedUpOn"};

    private final Housing housing;
    private final People people;
    private final Choices choices;

    SanctuaryPages(Housing housing, People people, Choices choices) {
        this.housing = housing;
        this.people = people;
        this.choices = choices;
    }

    private Sanctuary load(UUID id) {
        return housing.sanctuary(new SanctuaryId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/housing/sanctuary/{id}")
    @NotAudited("Housing.sanctuary audits the read with the person's id")
    String page(@PathVariable UUID id, Model model) {
        return page(load(id), model, new LinkedHashMap<>(), Map.of(), null);
    }

    @PostMapping("/housing/sanctuary/{id}/survey")
    @NotAudited("Housing.recordSurvey audits the change in its transaction")
    String survey(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        Sanctuary s = load(id);
        return act(s, form, model, response, flash, "survey", "Security survey recorded.", errors -> {
            LocalDate on = DateParts.date(form, "surveyedOn", errors);
            return () -> housing.recordSurvey(s.id(), on, form.get("surveyNotes"),
                    HousingForms.yes(form, "markerRequested"));
        });
    }

    @PostMapping("/housing/sanctuary/{id}/consent")
    @NotAudited("Housing.recordConsent audits the change in its transaction")
    String consent(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        return dated(load(id), "landlordConsentOn", housing::recordConsent, form, model, response, flash, "consent",
                "Landlord consent recorded.");
    }

    @PostMapping("/housing/sanctuary/{id}/marker")
    @NotAudited("Housing.confirmMarker audits the change in its transaction")
    String marker(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        return dated(load(id), "markerConfirmedOn", housing::confirmMarker, form, model, response, flash, "marker",
                "Police marker confirmed.");
    }

    @PostMapping("/housing/sanctuary/{id}/jobs")
    @NotAudited("Housing.addJob audits the new job in its transaction")
    String job(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        Sanctuary s = load(id);
        return act(s, form, model, response, flash, "job", "Job added.", errors -> {
            LocalDate on = DateParts.date(form, "bookedOn", errors);
            Long pence = HousingForms.pence(form, "cost", errors);
            return () -> housing.addJob(s.id(), new NewJob(HousingForms.enumOf(Measure.class, form.get("measure")),
                    form.get("detail"), HousingForms.id(form.get("contractor"), AgencyId::new), on, pence));
        });
    }

    @PostMapping("/housing/sanctuary/{id}/jobs/{jobId}")
    @NotAudited("Housing.completeJob audits the change in its transaction")
    String fitted(@PathVariable UUID id, @PathVariable UUID jobId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Sanctuary s = load(id);
        return act(s, form, model, response, flash, "fitted", "Job recorded as fitted.", errors -> {
            LocalDate fitted = DateParts.date(form, "fittedOn", errors);
            LocalDate checked = DateParts.date(form, "safetyCheckedOn", errors);
            return () -> housing.completeJob(s.id(), new SanctuaryJobId(jobId), fitted, checked);
        });
    }

    @PostMapping("/housing/sanctuary/{id}/close")
    @NotAudited("Housing.close audits the change in its transaction")
    String close(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        Sanctuary s = load(id);
        return act(s, form, model, response, flash, "close", "Follow-up and outcome recorded: referral closed.",
                errors -> {
                    LocalDate on = DateParts.date(form, "followedUpOn", errors);
                    return () -> housing.close(s.id(), on,
                            HousingForms.enumOf(SanctuaryOutcome.class, form.get("outcome")), form.get("note"));
                });
    }

    /** A step of the referral: reads its fields (the problems into {@code errors}), then gives its write. */
    private interface Action {
        Runnable read(Map<String, String> errors);
    }

    private String act(Sanctuary s, Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes flash, String which, String done, Action action) {
        Map<String, String> errors = new LinkedHashMap<>();
        Runnable write = action.read(errors);
        return FormPost.submit(errors, response, () -> {
            write.run();
            return FormPost.redirect(flash, done, "/housing/sanctuary/" + s.id());
        }, all -> page(s, model, all, form, which));
    }

    /** A step that records one date. */
    private String dated(Sanctuary s, String field, BiConsumer<SanctuaryId, LocalDate> write, Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes flash, String which, String done) {
        return act(s, form, model, response, flash, which, done, errors -> {
            LocalDate on = DateParts.date(form, field, errors);
            return () -> write.accept(s.id(), on);
        });
    }

    private String page(Sanctuary s, Model model, Map<String, String> errors, Map<String, String> values,
            String which) {
        model.addAttribute("s", s);
        model.addAttribute("personId", s.person().toString());
        model.addAttribute("personName", people.name(s.person()).orElse(""));
        model.addAttribute("summary", HousingViews.sanctuarySummary(s));
        model.addAttribute("jobs", HousingViews.jobRows(s));
        model.addAttribute("openJobs", s.jobs().stream().filter(j -> j.fittedOn() == null).map(j -> new Option(
                j.id().toString(), j.reference() + ": " + j.measure().label())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("which", which);
        model.addAttribute("values", values);
        model.addAttribute("dates", HousingForms.dates(values, DATES));
        model.addAttribute("measureChoices", Option.withNone("Choose a measure",
                Option.of(Measure::label, Measure.values())));
        model.addAttribute("contractorChoices", choices.agencies("Choose the contractor"));
        model.addAttribute("outcomeChoices", Option.of(SanctuaryOutcome::label, SanctuaryOutcome.values()));
        return "housing/sanctuary";
    }

    // ---- the contractor's side

    @Navigation(label = "Sanctuary jobs", order = 31, section = NavigationSection.CASEWORK,
            roles = {"HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/housing/jobs")
    @NotAudited("Housing.contractorJobs audits the job sheets shown")
    String jobs(Model model) {
        List<JobSheet> jobs = housing.contractorJobs();
        model.addAttribute("jobs", jobs.stream().map(j -> List.of(j.reference(), j.measure().label(),
                HousingViews.day(j.bookedOn()), "/housing/jobs/" + j.id())).toList());
        return "housing/jobs";
    }

    @GetMapping("/housing/jobs/{jobId}")
    @NotAudited("Housing.jobSheet audits the job sheet shown")
    String jobSheet(@PathVariable UUID jobId, Model model) {
        JobSheet j = housing.jobSheet(new SanctuaryJobId(jobId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", j);
        model.addAttribute("sheet", HousingViews.sheet(j));
        return "housing/job-sheet";
    }
}
