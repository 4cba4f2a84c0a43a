package org.hearth.referrals.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.Address;
import org.hearth.people.Candidate;
import org.hearth.people.AccessGround;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMatcher;
import org.hearth.people.Sex;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.Pager;
import org.hearth.referrals.ChildAtIncident;
import org.hearth.referrals.Consent;
import org.hearth.referrals.DuplicatePoliceReferenceException;
import org.hearth.referrals.NewReferral;
import org.hearth.referrals.Referral;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.hearth.referrals.internal.Intake;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.RiskAssessment;
import org.hearth.risk.RiskAssessments;
import org.hearth.platform.Dates;
import org.hearth.referrals.Referrals;
import org.hearth.referrals.TriageOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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
 * The practitioner's door: one structured form, then a check-your-answers page where the people named are
 * matched against those already known (linked or created), then the referral. Also the triage queue.
 * Reads and writes are audited inside {@link Referrals} and {@link People}.
 */
@Controller
@NotAudited("every read and write goes through Referrals or People, which record the audit entries; the check page records the people it shows")
class ReferralController {

    private static final String DRAFT = "hearth.referralDraft";

    private final Referrals referrals;
    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final Partnerships partnerships;
    private final TransactionTemplate tx;
    private final Intake intake;
    private final AuditTrail audit;
    private final RiskAssessments risk;

    ReferralController(Referrals referrals, People people, PersonAccess access, PersonMatcher matcher,
            Partnerships partnerships, TransactionTemplate tx, Intake intake, AuditTrail audit, RiskAssessments risk) {
        this.intake = intake;
        this.risk = risk;
        this.audit = audit;
        this.referrals = referrals;
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.partnerships = partnerships;
        this.tx = tx;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAllAttributes(ReferralViews.formOptions(partnerships.areas()));
    }

    @Navigation(label = "Make a referral", order = 10, section = NavigationSection.FRONT_DOOR,
            roles = {"HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/referrals/new")
    String form(HttpSession session, Model model) {
        Object draft = session.getAttribute(DRAFT);
        model.addAttribute("form", draft instanceof ReferralForm f ? f : new ReferralForm());
        return "referrals/form";
    }

    @PostMapping("/referrals/new")
    String check(@Valid @ModelAttribute("form") ReferralForm form, BindingResult errors, HttpSession session,
            HttpServletResponse response) {
        form.validate(errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "referrals/form";
        }
        session.setAttribute(DRAFT, form);
        return "redirect:/referrals/check";
    }

    /** A person named on the form and who they may already be. */
    record Match(String role, String field, PersonDetails details, List<Candidate> visible, List<Candidate> all) {

        /** The known people this one may be, then "someone new"; ids field-0, field-1, ..., field-new. */
        public List<Option> options() {
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < visible.size(); i++) {
                Candidate c = visible.get(i);
                options.add(new Option(c.id().toString(), c.name() + (c.bornOn().isEmpty() ? "" : ", born " + c.bornOn()),
                        c.reasons().isEmpty() ? null : String.join("; ", c.reasons()), false, String.valueOf(i)));
            }
            options.add(new Option("new", "Someone new: make a new record").withIdSuffix("new"));
            return options;
        }
    }

    @GetMapping("/referrals/check")
    String checkAnswers(HttpSession session, Model model) {
        if (!(session.getAttribute(DRAFT) instanceof ReferralForm form)) {
            return "redirect:/referrals/new";
        }
        return check(form, model);
    }

    /** The check page: the answers with their change links, and who the people may already be. */
    private String check(ReferralForm form, Model model) {
        String areaName = form.getArea() == null ? null : partnerships.areas().stream()
                .filter(a -> a.id().value().equals(form.getArea())).map(a -> a.name()).findFirst().orElse(null);
        model.addAttribute("answers", ReferralViews.answers(form, areaName));
        model.addAttribute("matches", matches(form));
        return "referrals/check";
    }

    private List<Match> matches(ReferralForm form) {
        List<Match> out = new ArrayList<>();
        out.add(match("The victim", "victim", form.victim(), form.getVictimPostcode()));
        if (form.isPerpetratorKnown()) {
            out.add(match("The person causing harm", "perpetrator", form.perpetrator(), null));
        }
        return out;
    }

    private Match match(String role, String field, PersonDetails details, String postcode) {
        List<Candidate> all = matcher.candidates(details, postcode, 5);
        List<Candidate> visible = all.stream().filter(c -> access.mayView(c.id())).toList();
        if (!visible.isEmpty()) { // the check page shows their names and dates of birth: a read of each
            audit.record(AuditAction.SEARCH, "person", visible.stream().map(c -> c.id().toString()).toList(),
                    "referral check: people who may already be known");
        }
        return new Match(role, field, details, visible, all);
    }

    @PostMapping("/referrals/submit")
    String submit(@RequestParam Map<String, String> choices, @AuthenticationPrincipal StaffPrincipal me,
            HttpSession session, Model model, HttpServletResponse response) {
        if (!(session.getAttribute(DRAFT) instanceof ReferralForm form)) {
            return "redirect:/referrals/new";
        }
        List<Match> matches = matches(form);
        for (Match m : matches) {
            if (!m.visible().isEmpty() && !choices.containsKey(m.field())) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", "Select who " + m.role().toLowerCase() + " is, or choose to make a new record");
                model.addAttribute("errorField", m.field());
                return check(form, model);
            }
        }
        Referral saved;
        try {
            saved = tx.execute(status -> {
                PersonId victim = resolve(choices.get("victim"), form.victim(), form.getVictimPostcode());
                List<PersonId> perpetrators = form.isPerpetratorKnown()
                        ? List.of(resolve(choices.get("perpetrator"), form.perpetrator(), null)) : List.of();
                List<ChildAtIncident> children = form.namedChildren().stream()
                        .map(c -> new ChildAtIncident(people.create(new PersonDetails(
                                c.getGivenName().isBlank() ? "Unknown" : c.getGivenName().trim(), c.getFamilyName().trim(),
                                null, c.getAge(), Sex.NOT_KNOWN, null, null, null, false, null, null, null), List.of(),
                                AccessGround.REFERRER, null), c.isPresent()))
                        .toList();
                Referral referral = referrals.submit(new NewReferral(ReferralSource.WEB, me.agency(), me.displayName(),
                        LocalDate.now(), form.getIncidentDate().toDate().orElse(null), form.incidentTime().orElse(null),
                        form.getPoliceReference(), victim, perpetrators, children, form.getRelationship(),
                        form.getAbuseTypes(), form.getConsent(),
                        form.getConsent() == Consent.OVERRIDDEN ? form.getConsentBasis() : null,
                        form.getConsent() == Consent.OVERRIDDEN ? form.getConsentReason() : null, form.getNarrative(),
                        form.getArea() == null ? null : new AreaId(form.getArea())));
                // a person recorded as new, though the engine found someone (perhaps only in records this user may
                // not see, which the check page never reveals): the hub decides whether they are one person
                for (Match m : matches) {
                    String choice = choices.get(m.field());
                    if (choice == null || choice.isBlank() || choice.equals("new")) {
                        PersonId named = m.field().equals("victim") ? victim : perpetrators.get(0);
                        intake.leaveForTheHub(referral.id(), named, m.all());
                    }
                }
                return referral;
            });
        } catch (DuplicatePoliceReferenceException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", "A referral with police reference " + form.getPoliceReference()
                    + " already exists. Check the reference, or ask the hub coordinator about the existing one.");
            return check(form, model);
        }
        session.removeAttribute(DRAFT);
        return "redirect:/referrals/" + saved.id() + "?submitted";
    }

    /**
     * An existing person the user may see, or a new one (granted to the user's agency as REFERRER). An existing
     * person seen only by breaking the glass is linked without a grant: the hub confirms it (see
     * {@link Referrals#submit}).
     */
    private PersonId resolve(String choice, PersonDetails details, String postcode) {
        if (choice != null && !choice.isBlank() && !choice.equals("new")) {
            PersonId chosen = PersonId.parse(choice);
            if (!access.mayView(chosen)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return chosen;
        }
        return people.create(details, List.of(), AccessGround.REFERRER, postcode == null || postcode.isBlank() ? null
                : new Address(null, null, null, null, postcode, LocalDate.now(), null, false, false, null));
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, @RequestParam(required = false) String submitted, Model model) {
        Referral r = referrals.find(new ReferralId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("referral", r);
        model.addAttribute("submitted", submitted != null);
        model.addAttribute("agencyName", partnerships.agency(r.referringAgency()).map(Agency::name).orElse(""));
        model.addAttribute("victimName", people.name(r.victim()).orElse(""));
        model.addAttribute("perpetratorNames", r.perpetrators().stream().map(p -> people.name(p).orElse("")).toList());
        model.addAttribute("childNames", r.children().stream()
                .map(c -> people.name(c.child()).orElse("") + (c.present() ? " (present at the incident)" : "")).toList());
        // the victim's latest risk and flags (MARAC criteria met today, explained; by break-glass alone without Repeat),
        // only to those who may read the victim's record (the referral's read, audited by Referrals.find, names her)
        List<RiskAssessment> history = access.mayView(r.victim()) ? risk.history(r.victim()) : null;
        MaracEligibility flags = history == null ? null : risk.eligibilityAsSeen(r.victim(), LocalDate.now(Dates.UK));
        model.addAttribute("risk", history == null ? null : ReferralViews.risk(history));
        model.addAttribute("flags", flags).addAttribute("noneMet",
                flags == null ? null : ReferralViews.noCriterionMet(flags, !history.isEmpty()));
        ReferralViews.decision(model, r, referrals.decisionWithheld(r));
        model.addAttribute("back", hub() && !r.triaged() ? "/triage" : "/referrals");
        if (hub()) {
            model.addAttribute("unconfirmed", referrals.unconfirmedLinks(r.id()).stream()
                    .map(p -> new LinkToConfirm(p, people.name(p).orElse(""))).toList());
        }
        return "referrals/referral";
    }

    /** A person the referral was linked to without a grant, for the hub to confirm. */
    record LinkToConfirm(PersonId person, String name) {
    }

    private static boolean hub() {
        return org.hearth.access.Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
    }

    /**
     * The hub confirms that the record the referral was linked to is the same person: the referring agency is
     * granted REFERRER on it (approved by the coordinator). Before that the agency sees only its own referral.
     */
    @PostMapping("/referrals/{id}/links/{personId}/confirm")
    String confirmLink(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes flash) {
        // Referrals.confirmLink refuses anyone but a hub coordinator (403)
        try {
            referrals.confirmLink(new ReferralId(id), new PersonId(personId));
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", "Confirmed as the same person: the referring agency can now see the record.");
        return "redirect:/referrals/" + id;
    }

    /** A decision made outside the daily meeting (urgent): the same decisions as the meeting, marked so. */
    @PostMapping("/referrals/{id}/triage")
    String triage(@PathVariable UUID id, @RequestParam(name = "outcome", required = false) List<TriageOutcome> outcome,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal StaffPrincipal me, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        if (!me.hasRole(Role.HUB_COORDINATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        java.util.Set<TriageOutcome> chosen = outcome == null ? java.util.Set.of() : TriageOutcome.sorted(outcome);
        try {
            referrals.triage(new ReferralId(id), chosen, reason, true);
        } catch (org.hearth.platform.InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = e.field().equals("outcomes") ? "outcome" : e.field();
            model.addAttribute("triageError", e.errors().values().iterator().next());
            model.addAttribute("triageErrorField", field);
            model.addAttribute("chosenOutcomes", chosen);
            model.addAttribute("reasonTyped", reason);
            return referral(id, null, model);
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", (chosen.size() == 1 ? "Triage decision" : "Triage decisions") + " recorded: " + String.join(", ",
                chosen.stream().map(TriageOutcome::label).toList()) + ".");
        return "redirect:/triage";
    }

    @Navigation(label = "Triage", order = 15, section = NavigationSection.FRONT_DOOR, roles = "HUB_COORDINATOR")
    @GetMapping("/triage")
    String queue(@RequestParam(required = false) UUID area, @RequestParam(required = false) UUID agency,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Pager pager = new Pager(Math.max(1, page), referrals.waiting(area, agency), 50,
                "/triage?page={page}" + (area == null ? "" : "&area=" + area) + (agency == null ? "" : "&agency=" + agency));
        model.addAttribute("queue", referrals.triageQueue(area, agency, pager.offset(), pager.pageSize()));
        model.addAttribute("pager", pager);
        model.addAttribute("agencyOptions", Option.withNone("All agencies",
                Option.of(partnerships.agencies(), a -> a.id().value(), a -> a.name())));
        model.addAttribute("areaOptions", Option.withNone("All areas",
                Option.of(partnerships.areas(), a -> a.id().value(), a -> a.name())));
        model.addAttribute("selectedArea", area);
        model.addAttribute("selectedAgency", agency);
        return "referrals/triage";
    }
}
