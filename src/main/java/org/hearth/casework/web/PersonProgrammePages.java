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
import org.hearth.casework.ProgrammeId;
import org.hearth.casework.ProgrammeReferral;
import org.hearth.casework.Programmes;
import org.hearth.people.People;
import org.hearth.people.PersonGuard;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
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
 * Referral of a perpetrator to a programme from his page: for casework roles holding a ground on him (a break-glass
 * reading does not count). The partner is chosen from the people on his record; her open case's worker is linked.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class PersonProgrammePages {

    private final Programmes programmes;
    private final People people;
    private final PersonGuard guard;

    PersonProgrammePages(Programmes programmes, People people, PersonGuard guard) {
        this.programmes = programmes;
        this.people = people;
        this.guard = guard;
    }

    @GetMapping("/people/{personId}/programme-referral")
    @Audited(action = AuditAction.READ, recordType = "person", ids = "#personId",
            reason = "'perpetrator programme referral form'")
    String form(@PathVariable UUID personId, Model model) {
        return page(guard.grounded(personId), model, new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/people/{personId}/programme-referral")
    @Audited(action = AuditAction.CREATE, recordType = "person", ids = "#personId",
            reason = "'referral to a perpetrator programme'")
    String refer(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PersonId person = guard.grounded(personId);
        return FormPost.submit(new LinkedHashMap<>(), response, () -> {
            ProgrammeReferral r = programmes.refer(person, Forms.id(form.get("programme"), ProgrammeId::new),
                    Forms.id(form.get("partner"), PersonId::new), form.get("reason"));
            return FormPost.redirect(redirect, "Referred to " + r.programmeName() + ": " + r.reference(),
                    "/people/" + personId);
        }, errors -> page(person, model, errors, form));
    }

    private String page(PersonId person, Model model, Map<String, String> errors, Map<String, String> values) {
        PersonRecord record = people.record(person).orElseThrow(Forms::notFound);
        model.addAttribute("personId", person.toString());
        model.addAttribute("personName", people.name(person).orElse(""));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        List<Option> choices = new ArrayList<>(List.of(new Option("", "Choose a programme")));
        programmes.all().forEach(p -> choices.add(new Option(p.id().toString(), p.name() + " ("
                + ProgrammeViews.kind(p.courtMandated()) + ", " + p.agencyName() + "; " + p.freePlaces()
                + " free places, " + p.waiting() + " waiting)")));
        model.addAttribute("programmeChoices", choices);
        List<Option> partners = new ArrayList<>(List.of(new Option("", "No partner to link")));
        record.relationships().forEach(r -> partners.add(new Option(r.other().toString(), r.otherName() + " ("
                + r.label() + ")")));
        model.addAttribute("partnerChoices", partners);
        return "casework/programme-refer";
    }
}
