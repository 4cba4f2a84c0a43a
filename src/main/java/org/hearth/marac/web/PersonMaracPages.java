package org.hearth.marac.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.marac.MaracId;
import org.hearth.marac.MaracReferral;
import org.hearth.marac.MaracReferrals;
import org.hearth.marac.Maracs;
import org.hearth.marac.NewMaracReferral;
import org.hearth.marac.ReferralSource;
import org.hearth.people.People;
import org.hearth.people.PersonGuard;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.platform.TypedId;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.Option;
import org.hearth.referrals.Consent;
import org.hearth.referrals.LawfulBasis;
import org.hearth.referrals.Referrals;
import org.hearth.risk.MaracCriterion;
import org.hearth.risk.MaracEligibility;
import org.hearth.risk.RiskAssessments;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referral to MARAC from a person's page: the MARAC criteria as {@code risk} finds them, the victim's earlier
 * referrals to MARAC, and the form. For casework roles holding a ground on the person (not a break-glass reading).
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class PersonMaracPages {

    static final String FORM = "maracReferralForm";

    private final MaracReferrals referrals;
    private final Maracs maracs;
    private final People people;
    private final PersonGuard guard;
    private final RiskAssessments risk;
    private final Referrals frontDoor;

    PersonMaracPages(MaracReferrals referrals, Maracs maracs, People people, PersonGuard guard,
            RiskAssessments risk, Referrals frontDoor) {
        this.referrals = referrals;
        this.maracs = maracs;
        this.people = people;
        this.guard = guard;
        this.risk = risk;
        this.frontDoor = frontDoor;
    }

    record CriterionRow(String kind, String label, boolean met, String explanation) {
    }

    record EarlierRow(String reference, String referredOn, boolean repeat, String repeatOf, String transferred) {
    }

    @GetMapping("/people/{personId}/marac-referral")
    @Audited(action = AuditAction.READ, recordType = "person", ids = "#personId", reason = "'MARAC referral form'")
    String form(@PathVariable UUID personId, Model model) {
        PersonId person = guard.grounded(personId);
        model.addAttribute(FORM, new MaracReferralForm());
        return page(person, model);
    }

    @PostMapping("/people/{personId}/marac-referral")
    @Audited(action = AuditAction.CREATE, recordType = "marac-referral", ids = "#personId")
    String refer(@PathVariable UUID personId, @ModelAttribute(FORM) MaracReferralForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PersonId person = guard.grounded(personId);
        Set<MaracCriterion.Kind> criteria = EnumSet.noneOf(MaracCriterion.Kind.class);
        for (String c : form.getCriteria() == null ? List.<String>of() : form.getCriteria()) {
            MaracCriterion.Kind kind = FormErrors.choice(MaracCriterion.Kind.class, c, result, "criteria",
                    "Choose criteria from the list");
            if (kind != null) {
                criteria.add(kind);
            }
        }
        Consent consent = FormErrors.choice(Consent.class, form.getConsent(), result, "consent", "Choose an answer");
        LawfulBasis basis = FormErrors.choice(LawfulBasis.class, form.getLawfulBasis(), result, "lawfulBasis",
                "Choose a lawful basis");
        List<PersonId> perpetrators = new ArrayList<>();
        for (String p : form.getPerpetrators() == null ? List.<String>of() : form.getPerpetrators()) {
            UUID id = TypedId.uuid(p).orElse(null);
            if (id == null) {
                result.rejectValue("perpetrators", "invalid", "Choose perpetrators from the list");
            } else {
                perpetrators.add(new PersonId(id));
            }
        }
        MaracId marac = null;
        if (form.getMarac() != null && !form.getMarac().isBlank()) {
            UUID id = TypedId.uuid(form.getMarac()).orElse(null);
            if (id == null) {
                result.rejectValue("marac", "invalid", "Choose one of the MARACs");
            } else {
                marac = new MaracId(id);
            }
        }
        if (!result.hasErrors()) {
            try {
                MaracReferral made = referrals.refer(new NewMaracReferral(person, perpetrators, marac, criteria,
                        form.getJudgementReason(), consent, basis, form.getConsentReason()), ReferralSource.PERSON_PAGE);
                redirect.addFlashAttribute("success", "Referred to MARAC: " + made.reference()
                        + (made.repeat() ? " (a repeat" + (made.repeatOfReference() == null ? ")"
                                : " of " + made.repeatOfReference() + ")") : "") + ".");
                return "redirect:/people/" + personId;
            } catch (InvalidInputException e) {
                e.errors().forEach((field, message) -> result.rejectValue(field, "invalid", message));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(person, model);
    }

    private String page(PersonId person, Model model) {
        PersonRecord record = people.record(person)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        MaracEligibility eligibility = risk.eligibility(person, LocalDate.now(Dates.UK));
        model.addAttribute("eligibility", eligibility.criteria().stream()
                .map(c -> new CriterionRow(c.kind().name(), c.kind().label(), c.met(), c.explanation())).toList());
        model.addAttribute("eligible", eligibility.eligible());
        model.addAttribute("earlier", referrals.forVictim(person).stream()
                .map(r -> new EarlierRow(r.reference(), Dates.DAY.format(r.referredOn()), r.repeat(),
                        r.repeatOfReference(), r.transferred() ? "Transferred to " + r.transferredTo() + " on "
                                + Dates.DAY.format(r.transferredOn()) : null)).toList());
        Map<String, String> perpetrators = new LinkedHashMap<>();
        record.relationships().forEach(r -> perpetrators.put(r.other().toString(), r.otherName() + " (" + r.label() + ")"));
        for (var id : frontDoor.forVictim(person)) {
            try {
                frontDoor.find(id).ifPresent(ref -> ref.perpetrators().forEach(p -> perpetrators.putIfAbsent(
                        p.toString(), people.name(p).orElse("Unknown") + " (named in " + ref.reference() + ")")));
            } catch (AccessDeniedException e) {
                // a referral this user may not read names no one here
            }
        }
        model.addAttribute("perpetratorChoices", perpetrators.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue())).toList());
        model.addAttribute("maracChoices", Option.withNone("The MARAC for my agency's area",
                maracs.all().stream().map(m -> new Option(m.id().toString(), m.name())).toList()));
        model.addAttribute("criterionChoices", java.util.Arrays.stream(MaracCriterion.Kind.values())
                .map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("consentChoices", java.util.Arrays.stream(Consent.values())
                .map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("basisChoices", Option.withNone("Not needed: the victim consented",
                java.util.Arrays.stream(LawfulBasis.values()).map(b -> new Option(b.name(), b.label())).toList()));
        model.addAttribute("fields", List.of("marac", "perpetrators", "criteria", "judgementReason", "consent",
                "lawfulBasis", "consentReason"));
        return "marac/refer";
    }
}
