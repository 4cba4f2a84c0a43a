package org.hearth.housing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.DateParts;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.housing.DeclineReason;
import org.hearth.housing.Housing;
import org.hearth.housing.NewProvider;
import org.hearth.housing.RefugeOutcome;
import org.hearth.housing.RefugeProviderId;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.RefugeReferralId;
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
 * Refuge providers with their places and vacancies ({@code /housing/refuges}: referrers and the partnership's
 * coordinators; coordinators and administrators add providers; a provider's own staff report vacancies), and one
 * refuge referral with its outcome and moves (casework roles with a real ground on its person).
 */
@Controller
class RefugePages {

    private final Housing housing;
    private final People people;
    private final Choices choices;

    RefugePages(Housing housing, People people, Choices choices) {
        this.housing = housing;
        this.people = people;
        this.choices = choices;
    }

    /** Refuge vacancies for referrers; the same page for coordinators and administrators, who add providers. */
    @Navigation(label = "Refuge vacancies", order = 28, section = NavigationSection.CASEWORK,
            roles = {"HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @Navigation(label = "Refuge providers", order = 29, section = NavigationSection.PARTNERSHIP,
            roles = {"PARTNERSHIP_COORDINATOR", "SYSTEM_ADMIN"})
    @GetMapping("/housing/refuges")
    @PreAuthorize(HousingRoles.PROVIDER_READERS)
    @NotAudited("a directory of providers and vacancies: no person, no address")
    String providers(Model model) {
        return providersPage(model, new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/housing/refuges")
    @PreAuthorize(HousingRoles.MANAGERS)
    @Audited(action = AuditAction.CREATE, recordType = "refuge-provider")
    String addProvider(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        int places = HousingForms.integer(form, "places", -1, 0, 500, "Enter the number of places, from 0 to 500",
                errors);
        int sons = HousingForms.integer(form, "placesOlderSons", 0, 0, 500, "Enter a number from 0 to 500", errors);
        int disabled = HousingForms.integer(form, "placesDisabledAccess", 0, 0, 500, "Enter a number from 0 to 500",
                errors);
        int nrpf = HousingForms.integer(form, "placesNrpf", 0, 0, 500, "Enter a number from 0 to 500", errors);
        return FormPost.submit(errors, response, () -> {
            housing.addProvider(new NewProvider(form.get("name"), HousingForms.id(form.get("areaId"), u -> u),
                    form.get("elsewhere"), HousingForms.id(form.get("agencyId"), u -> u),
                    HousingForms.id(form.get("namedWorker"), StaffUserId::new), places, sons, disabled, nrpf));
            return FormPost.redirect(flash, "Provider added.", "/housing/refuges");
        }, all -> providersPage(model, all, form));
    }

    @PostMapping("/housing/refuges/{id}/vacancies")
    @PreAuthorize(HousingRoles.PROVIDER_READERS)
    @Audited(action = AuditAction.UPDATE, recordType = "refuge-provider", ids = "#id")
    String vacancies(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        housing.provider(new RefugeProviderId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> errors = new LinkedHashMap<>();
        int count = HousingForms.integer(form, "vacancies", -1, 0, 500, "Enter the number of vacancies, from 0 to 500",
                errors);
        LocalDate on = DateParts.date(form, "reportedOn", errors);
        return FormPost.submit(errors, response, () -> {
            housing.reportVacancies(new RefugeProviderId(id), count, on);
            return FormPost.redirect(flash, "Vacancies recorded.", "/housing/refuges");
        }, all -> {
            Map<String, String> values = new LinkedHashMap<>(form);
            values.put("vacanciesFor", id.toString());
            return providersPage(model, all, values);
        });
    }

    private String providersPage(Model model, Map<String, String> errors, Map<String, String> values) {
        var providers = housing.providers();
        model.addAttribute("providers", HousingViews.providerRows(providers));
        org.hearth.access.Actor me = org.hearth.access.Actor.current().orElseThrow();
        boolean manager = me.hasRole(org.hearth.access.Role.PARTNERSHIP_COORDINATOR)
                || me.hasRole(org.hearth.access.Role.SYSTEM_ADMIN);
        // vacancies are reported by the provider's own staff (and the partnership's coordinators)
        model.addAttribute("providerChoices", providers.stream().filter(p -> p.active())
                .filter(p -> manager || me.agency().value().equals(p.agencyId()))
                .map(p -> new Option(p.id().toString(), p.name())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("dates", HousingForms.dates(values, "reportedOn"));
        model.addAttribute("areaChoices", choices.areas("Outside the partnership"));
        model.addAttribute("agencyChoices", choices.agencies("None"));
        model.addAttribute("workerChoices", choices.caseworkers("None"));
        model.addAttribute("places", housing.refugePlaces());
        model.addAttribute("today", org.hearth.platform.web.DateParts.of(housing.today()));
        model.addAttribute("mayAddProvider", manager);
        return "housing/refuges";
    }

    // ---- one referral

    private RefugeReferral load(UUID id) {
        return housing.refugeReferral(new RefugeReferralId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/housing/refuge/{id}")
    @PreAuthorize(HousingRoles.ROLES)
    @NotAudited("Housing.refugeReferral audits the read with the person's id")
    String referral(@PathVariable UUID id, Model model) {
        return referralPage(load(id), model, new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/housing/refuge/{id}/outcome")
    @PreAuthorize(HousingRoles.ROLES)
    @NotAudited("Housing.recordOutcome audits the change in its transaction")
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        RefugeReferral r = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "outcomeOn", errors);
        return FormPost.submit(errors, response, () -> {
            housing.recordOutcome(r.id(), HousingForms.enumOf(RefugeOutcome.class, form.get("outcome")),
                    HousingForms.enumOf(DeclineReason.class, form.get("reason")), form.get("note"),
                    HousingForms.yes(form, "notAnAddress"), on);
            return FormPost.redirect(flash, "Outcome recorded.", "/housing/refuge/" + id);
        }, all -> referralPage(r, model, all, form));
    }

    @PostMapping("/housing/refuge/{id}/move")
    @PreAuthorize(HousingRoles.ROLES)
    @NotAudited("Housing.recordMove audits the change in its transaction")
    String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        RefugeReferral r = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate in = DateParts.date(form, "movedInOn", errors);
        LocalDate out = DateParts.date(form, "movedOutOn", errors);
        return FormPost.submit(errors, response, () -> {
            housing.recordMove(r.id(), in, out);
            return FormPost.redirect(flash, out == null ? "Move into refuge recorded." : "Move out recorded.",
                    "/housing/refuge/" + id);
        }, all -> referralPage(r, model, all, form));
    }

    private String referralPage(RefugeReferral r, Model model, Map<String, String> errors,
            Map<String, String> values) {
        model.addAttribute("r", r);
        model.addAttribute("personId", r.person().toString());
        model.addAttribute("personName", people.name(r.person()).orElse(""));
        model.addAttribute("summary", HousingViews.refugeSummary(r));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("dates", HousingForms.dates(values, "outcomeOn", "movedInOn", "movedOutOn"));
        // the move form shows the day she moved in, once recorded (a template may not call DateParts itself)
        model.addAttribute("movedInDate", r.movedInOn() != null && values.isEmpty()
                ? org.hearth.platform.web.DateParts.of(r.movedInOn())
                : HousingForms.dates(values, "movedInOn").get("movedInOn"));
        model.addAttribute("outcomeChoices", Option.of(RefugeOutcome::label, RefugeOutcome.values()));
        model.addAttribute("reasonChoices", Option.withNone("No reason (accepted, no space, declined by the victim)",
                Option.of(DeclineReason::label, DeclineReason.values())));
        model.addAttribute("addressWarning", errors.values().stream()
                .anyMatch(m -> m.equals(org.hearth.housing.AddressText.STREET_MESSAGE)));
        return "housing/refuge";
    }
}
