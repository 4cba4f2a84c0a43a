package org.hearth.housing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.web.DateParts;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.housing.Housing;
import org.hearth.housing.NewRefugeReferral;
import org.hearth.housing.NewSanctuary;
import org.hearth.housing.RefugeProviderId;
import org.hearth.housing.RefugeReferral;
import org.hearth.housing.Sanctuary;
import org.hearth.housing.Tenure;
import org.hearth.people.People;
import org.hearth.people.PersonGuard;
import org.hearth.people.PersonId;
import org.hearth.platform.web.FormPost;
import org.hearth.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's sanctuary and refuge referrals, and the forms making them (from the person's page or a case): casework
 * roles with a real ground on the person ({@link PersonGuard}).
 */
@Controller
@PreAuthorize(HousingRoles.ROLES)
class PersonHousingPages {

    private final Housing housing;
    private final PersonGuard guard;
    private final People people;
    private final Choices choices;

    PersonHousingPages(Housing housing, PersonGuard guard, People people, Choices choices) {
        this.housing = housing;
        this.guard = guard;
        this.people = people;
        this.choices = choices;
    }

    @GetMapping("/people/{personId}/housing")
    @NotAudited("Housing.sanctuaryFor and refugeFor audit the read with the person's id")
    String list(@PathVariable UUID personId, Model model) {
        PersonId person = guard.grounded(personId);
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        model.addAttribute("sanctuary", housing.sanctuaryFor(person).stream().map(s -> java.util.List.of(
                s.reference(), HousingViews.day(s.referredOn()), HousingViews.sanctuaryStatus(s),
                "/housing/sanctuary/" + s.id())).toList());
        model.addAttribute("refuge", housing.refugeFor(person).stream().map(r -> java.util.List.of(r.reference(),
                HousingViews.day(r.referredOn()), HousingViews.refugeStatus(r), "/housing/refuge/" + r.id()))
                .toList());
        return "housing/person";
    }

    // ---- sanctuary

    @GetMapping("/people/{personId}/sanctuary/new")
    @Audited(action = AuditAction.READ, recordType = "person", ids = "#personId", reason = "'sanctuary referral form'")
    String sanctuaryForm(@PathVariable UUID personId, Model model) {
        return sanctuaryPage(guard.grounded(personId), model, new LinkedHashMap<>(),
                HousingForms.referredToday(housing.today()));
    }

    @PostMapping("/people/{personId}/sanctuary")
    @NotAudited("Housing.refer audits the new referral in its transaction, with the person's id")
    String refer(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        PersonId person = guard.grounded(personId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "referredOn", errors);
        LocalDate consent = DateParts.date(form, "landlordConsentOn", errors);
        return FormPost.submit(errors, response, () -> {
            Sanctuary s = housing.refer(person, new NewSanctuary(on, HousingForms.id(form.get("areaId"), u -> u),
                    form.get("line1"), form.get("line2"), form.get("town"), form.get("postcode"),
                    HousingForms.yes(form, "victimChooses"), HousingForms.yes(form, "perpetratorAbsent"),
                    HousingForms.enumOf(Tenure.class, form.get("tenure")), consent,
                    HousingForms.yes(form, "highRisk"), HousingForms.id(form.get("coordinator"), StaffUserId::new),
                    HousingForms.id(form.get("surveyor"), StaffUserId::new)));
            return FormPost.redirect(flash, "Referred to the sanctuary scheme: " + s.reference() + ".",
                    "/housing/sanctuary/" + s.id());
        }, all -> sanctuaryPage(person, model, all, form));
    }

    /** What both referral forms show: whom it is for, what was typed and what is wrong with it. */
    private void form(PersonId person, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("areaChoices", choices.areas("Not recorded"));
    }

    private String sanctuaryPage(PersonId person, Model model, Map<String, String> errors, Map<String, String> values) {
        form(person, model, errors, values);
        model.addAttribute("dates", HousingForms.dates(values, "referredOn", "landlordConsentOn"));
        model.addAttribute("tenureChoices", Option.of(Tenure::label, Tenure.values()));
        model.addAttribute("coordinatorChoices", choices.caseworkers("Choose the coordinator"));
        model.addAttribute("surveyorChoices", choices.caseworkers("No one yet"));
        return "housing/sanctuary-new";
    }

    // ---- refuge

    @GetMapping("/people/{personId}/refuge/new")
    @Audited(action = AuditAction.READ, recordType = "person", ids = "#personId", reason = "'refuge referral form'")
    String refugeForm(@PathVariable UUID personId, Model model) {
        return refugePage(guard.grounded(personId), model, new LinkedHashMap<>(),
                HousingForms.referredToday(housing.today()));
    }

    @PostMapping("/people/{personId}/refuge")
    @NotAudited("Housing.referToRefuge audits the new referral in its transaction, with the person's id")
    String referToRefuge(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        PersonId person = guard.grounded(personId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = DateParts.date(form, "referredOn", errors);
        int children = HousingForms.integer(form, "children", 0, 0, 20, "Enter the number of children coming, "
                + "from 0 to 20", errors);
        return FormPost.submit(errors, response, () -> {
            RefugeReferral r = housing.referToRefuge(person, new NewRefugeReferral(
                    HousingForms.id(form.get("provider"), RefugeProviderId::new),
                    HousingForms.id(form.get("areaId"), u -> u), on, children, HousingForms.yes(form, "olderSon"),
                    HousingForms.yes(form, "disability"), HousingForms.yes(form, "language"),
                    HousingForms.yes(form, "nrpf"), form.get("needsNote"), HousingForms.yes(form, "notAnAddress")));
            return FormPost.redirect(flash, "Referred to a refuge: " + r.reference() + ".",
                    "/housing/refuge/" + r.id());
        }, all -> refugePage(person, model, all, form));
    }

    private String refugePage(PersonId person, Model model, Map<String, String> errors, Map<String, String> values) {
        form(person, model, errors, values);
        model.addAttribute("dates", HousingForms.dates(values, "referredOn"));
        model.addAttribute("providerChoices", Choices.providers(housing.providers()));
        model.addAttribute("addressWarning", errors.values().stream()
                .anyMatch(m -> m.equals(org.hearth.housing.AddressText.STREET_MESSAGE)));
        return "housing/refuge-new";
    }
}
