package org.hearth.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.audit.NotAudited;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.ApplicationSummary;
import org.hearth.disclosure.Decision;
import org.hearth.disclosure.Disclosures;
import org.hearth.people.Named;
import org.hearth.disclosure.NewApplication;
import org.hearth.disclosure.Outcome;
import org.hearth.disclosure.Route;
import org.hearth.disclosure.Stage;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Navigation;
import org.hearth.platform.web.ClockSection;
import org.hearth.platform.web.Downloads;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disclosure team's pages: applications due and overdue, a new application, an application's page (stages,
 * checks with agencies, the decision forum, the outcome). Only the disclosure team ({@link #TEAM}); the module checks
 * again and audits every read with the ids of the people on the application.
 */
@Controller
@PreAuthorize(DisclosurePages.TEAM)
class DisclosurePages {

    static final String TEAM = "hasRole('DISCLOSURE_TEAM')";

    private final Disclosures disclosures;
    private final org.hearth.partnership.Partnerships partnerships;

    DisclosurePages(Disclosures disclosures, org.hearth.partnership.Partnerships partnerships) {
        this.disclosures = disclosures;
        this.partnerships = partnerships;
    }

    /** In the navigation for the disclosure team only: nobody else learns from it that applications exist. */
    @Navigation(label = "Clare’s Law", order = 30, roles = "DISCLOSURE_TEAM")
    @GetMapping("/disclosure")
    @NotAudited("Disclosures.list audits the search with the applications' ids (references and dates only)")
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        LocalDate today = disclosures.today();
        List<ApplicationSummary> apps = disclosures.list(all);
        List<ClockSection> sections = new ArrayList<>(List.of(
                ClockSection.of("overdue", "Overdue", "No application is past its 28 days.", apps,
                        a -> a.overdue(today), a -> DisclosureViews.row(a, today)),
                ClockSection.of("due", "Due", "No open application within its 28 days.", apps,
                        a -> a.closedOn() == null && !a.overdue(today), a -> DisclosureViews.row(a, today))));
        if (all) {
            sections.add(ClockSection.of("closed", "Closed", "No closed application.", apps,
                    a -> a.closedOn() != null, a -> DisclosureViews.row(a, today)));
        }
        model.addAttribute("sections", sections);
        model.addAttribute("all", all);
        return "disclosure/list";
    }

    @GetMapping("/disclosure/new")
    @NotAudited("A blank form: no person data")
    String form(Model model) {
        model.addAttribute("applicationForm", new ApplicationForm());
        return newPage(model);
    }

    @PostMapping("/disclosure")
    @NotAudited("Disclosures.apply audits the new application in its transaction, with every person's id")
    String apply(@ModelAttribute("applicationForm") ApplicationForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        LocalDate received = FormErrors.date(result, "receivedOn", form.getReceivedOn());
        LocalDate applicantBorn = FormErrors.date(result, "applicantBornOn", form.getApplicantBornOn());
        LocalDate atRiskBorn = FormErrors.date(result, "atRiskBornOn", form.getAtRiskBornOn());
        LocalDate subjectBorn = FormErrors.date(result, "subjectBornOn", form.getSubjectBornOn());
        Route route = FormErrors.choice(Route.class, form.getRoute(), result, "route", "Choose the route");
        boolean self = !"THIRD_PARTY".equals(form.getAskedBy());
        NewApplication application = new NewApplication(route, received, self,
                Named.described(form.getApplicantGivenName(), form.getApplicantFamilyName(), applicantBorn),
                form.getApplicantRelationship(),
                Named.described(form.getAtRiskGivenName(), form.getAtRiskFamilyName(), atRiskBorn),
                Named.described(form.getSubjectGivenName(), form.getSubjectFamilyName(), subjectBorn),
                form.isImmediateRisk(), form.getImmediateRiskAction());
        Map<String, String> names = Map.of("applicant", "applicantGivenName", "personAtRisk", "atRiskGivenName",
                "subject", "subjectGivenName");
        return FormPost.submit(result, response, names, () -> {
            Application saved = disclosures.apply(application);
            return FormPost.redirect(flash, "Application recorded: " + saved.reference() + ".",
                    "/disclosure/" + saved.id());
        }, () -> newPage(model));
    }

    private String newPage(Model model) {
        model.addAttribute("routeOptions", Option.of(Route::label, Route.values()).stream()
                .map(o -> Option.hinted(o.value(), o.label(), Route.valueOf(o.value()).hint())).toList());
        model.addAttribute("askedByOptions", List.of(new Option("SELF", "The person at risk, for themselves"),
                new Option("THIRD_PARTY", "Someone else concerned for them (a third party)")));
        model.addAttribute("fields", ApplicationForm.FIELDS);
        return "disclosure/new";
    }

    @GetMapping("/disclosure/{id}")
    @NotAudited("Disclosures.find audits the read with the ids of every person on the application")
    String application(@PathVariable UUID id, Model model) {
        return page(load(id), null, model);
    }

    @GetMapping("/disclosure/{id}/forum.pdf")
    @NotAudited("Disclosures.find audits the read with the ids of every person on the application")
    org.springframework.http.ResponseEntity<byte[]> forumPdf(@PathVariable UUID id) {
        Application a = load(id);
        return Downloads.attachment(org.springframework.http.MediaType.APPLICATION_PDF, a.reference() + "-forum.pdf",
                ForumPdf.render(a));
    }

    @PostMapping("/disclosure/{id}/stages")
    @NotAudited("Disclosures.recordStage audits the change in its transaction, with every person's id")
    String stage(@PathVariable UUID id, @ModelAttribute("stageForm") StageForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Application a = load(id);
        LocalDate on = FormErrors.date(result, "reachedOn", form.getReachedOn());
        Stage stage = FormErrors.choice(Stage.class, form.getStage(), result, "stage", "Choose the stage reached");
        org.hearth.disclosure.RiskLevel level = FormErrors.choice(org.hearth.disclosure.RiskLevel.class,
                form.getRiskLevel(), result, "riskLevel", "Choose the risk level");
        return write(a, "stage", result, model, response, flash, () -> {
            disclosures.recordStage(a.id(), stage, on, form.getNote(), level);
            return stage.label() + ": recorded.";
        });
    }

    @PostMapping("/disclosure/{id}/checks")
    @NotAudited("Disclosures.askAgency audits the request in its transaction, with the subject's id")
    String ask(@PathVariable UUID id, @RequestParam(required = false) String agency, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        Application a = load(id);
        return FormPost.button(model, "checkError", response, () -> {
            disclosures.askAgency(a.id(), FormErrors.id(agency, AgencyId::new));
            return FormPost.redirect(flash, "The agency has been asked to check its records.",
                    "/disclosure/" + id + "#checks");
        }, () -> page(a, "check", model));
    }

    @PostMapping("/disclosure/{id}/decision")
    @NotAudited("Disclosures.decide audits the decision in its transaction, with every person's id")
    String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Application a = load(id);
        LocalDate on = FormErrors.date(result, "forumOn", form.getForumOn());
        Boolean disclose = "yes".equals(form.getDisclose()) ? Boolean.TRUE
                : "no".equals(form.getDisclose()) ? Boolean.FALSE : null;
        return write(a, "decision", result, model, response, flash, () -> {
            disclosures.decide(a.id(), Decision.withAgencies(on, form.getMembers(), disclose, form.getLawful(),
                    form.getNecessary(), form.getProportionate(), form.getAgencies().stream().filter(x -> !x.isBlank())
                            .map(x -> FormErrors.id(x, AgencyId::new)).toList()));
            return "The forum's decision has been recorded.";
        });
    }

    @PostMapping("/disclosure/{id}/outcome")
    @NotAudited("Disclosures.close audits the outcome in its transaction, with every person's id")
    String outcome(@PathVariable UUID id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        Application a = load(id);
        LocalDate on = FormErrors.date(result, "closedOn", form.getClosedOn());
        Outcome.Recipient recipient = FormErrors.choice(Outcome.Recipient.class, form.getRecipient(), result,
                "recipient", "Choose who received the disclosure");
        return write(a, "outcome", result, model, response, flash, () -> {
            disclosures.close(a.id(), new Outcome(on, recipient, form.getDeliveredBy(), form.getSafetyPlan(),
                    form.getNoDisclosureReason()));
            return "The application is closed.";
        });
    }

    /**
     * A form's write, which says what was done: refused (the page's fields first, then the module's), the page shows
     * again with the form's errors and a 400.
     */
    private String write(Application a, String failed, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes flash, Supplier<String> action) {
        return FormPost.submit(result, response, () -> FormPost.redirect(flash, action.get(), "/disclosure/" + a.id()),
                () -> page(a, failed, model));
    }

    /** The application, or 404: the module answers only the team of the agency that holds it. */
    private Application load(UUID id) {
        return disclosures.find(new ApplicationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Application a, String failed, Model model) {
        LocalDate today = disclosures.today();
        model.addAttribute("app", a);
        model.addAttribute("failed", failed);
        model.addAttribute("summary", DisclosureViews.summary(a, today));
        model.addAttribute("stages", DisclosureViews.stages(a));
        model.addAttribute("decisionRows", DisclosureViews.decision(a));
        model.addAttribute("outcomeRows", DisclosureViews.outcome(a));
        model.addAttribute("overdue", a.overdue(today));
        model.addAttribute("holding", a.open() ? disclosures.holdingAgencies(a.id()) : List.of());
        model.addAttribute("checks", a.checks().stream().map(c -> List.of(c.agencyName(),
                org.hearth.platform.Dates.day(c.requestedOn()), org.hearth.platform.Dates.day(c.dueOn()),
                !c.answered() ? (today.isAfter(c.dueOn()) ? "Overdue" : "Waiting")
                        : Boolean.TRUE.equals(c.holdsInformation()) ? "Holds relevant information: " + c.response()
                                : "Holds nothing relevant" + (c.response() == null ? "" : ": " + c.response())))
                .toList());
        FormPost.subForm(model, failed, "stage", StageForm::new, StageForm.FIELDS);
        FormPost.subForm(model, failed, "decision", DecisionForm::new, DecisionForm.FIELDS);
        FormPost.subForm(model, failed, "outcome", OutcomeForm::new, OutcomeForm.FIELDS);
        model.addAttribute("stageOptions", Option.withNone("Choose a stage", Option.of(Stage::label, Stage.values())));
        model.addAttribute("riskLevelOptions", Option.of(org.hearth.disclosure.RiskLevel::label,
                org.hearth.disclosure.RiskLevel.values()));
        model.addAttribute("agencyChoices", partnerships.agencies().stream().filter(g -> g.active())
                .map(g -> new Option(g.id().value().toString(), g.name())).toList());
        model.addAttribute("discloseOptions", List.of(new Option("yes", "Disclose"),
                new Option("no", "Do not disclose")));
        List<Option> recipients = new ArrayList<>(List.of(new Option("PERSON_AT_RISK", "The person at risk")));
        if (a.applicant() != null && !a.applicant().id().equals(a.personAtRisk().id())) {
            recipients.add(new Option("APPLICANT", "The applicant"));
        }
        model.addAttribute("recipientOptions", recipients);
        model.addAttribute("disclosing", a.disclosed().orElse(false));
        return "disclosure/application";
    }
}
