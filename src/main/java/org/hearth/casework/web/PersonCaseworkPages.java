package org.hearth.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.casework.Case;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseSource;
import org.hearth.casework.Casework;
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
 * Referral to a case-holding service (IDVA, outreach...) from a person's page: for casework roles whose agency (or
 * who) holds a ground on the person; a break-glass reading does not count.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class PersonCaseworkPages {

    private final Casework casework;
    private final CaseServices services;
    private final People people;
    private final PersonGuard guard;

    PersonCaseworkPages(Casework casework, CaseServices services, People people, PersonGuard guard) {
        this.casework = casework;
        this.services = services;
        this.people = people;
        this.guard = guard;
    }

    @GetMapping("/people/{personId}/casework-referral")
    @Audited(action = AuditAction.READ, recordType = "person", ids = "#personId", reason = "'casework referral form'")
    String form(@PathVariable UUID personId, Model model) {
        return page(guard.grounded(personId), model, new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/people/{personId}/casework-referral")
    @Audited(action = AuditAction.CREATE, recordType = "casework-case", ids = "#personId")
    String refer(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PersonId person = guard.grounded(personId);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            Case c = casework.refer(person, Forms.id(form.get("service"), CaseServiceId::new), form.get("reason"),
                    CaseSource.PERSON_PAGE);
            return FormPost.redirect(redirect, "Referred to " + c.serviceName() + ": " + c.reference(),
                    "/people/" + personId);
        }, errors -> page(person, model, errors, form));
    }

    private String page(PersonId person, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        List<Option> choices = new ArrayList<>(List.of(new Option("", "Choose a service")));
        services.all().forEach(s -> choices.add(new Option(s.id().toString(), s.name() + " (" + s.kind().label()
                + ", " + s.agencyName() + ")")));
        model.addAttribute("serviceChoices", choices);
        return "casework/refer";
    }
}
