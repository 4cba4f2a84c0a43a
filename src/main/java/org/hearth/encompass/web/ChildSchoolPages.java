package org.hearth.encompass.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.encompass.ChildSchools;
import org.hearth.encompass.SchoolId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
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
 * A child's school, from their person page ({@code /people/{id}/school}): shown and set (or changed), or the child
 * recorded as home-educated, outside the hub's attention list. Casework roles; need-to-know: 404 for no such
 * person, 403 (audited) without a real ground on the child, checked by {@link ChildSchools} before the form is read.
 */
@Controller
@PreAuthorize(Role.WORKS_CASES)
class ChildSchoolPages {

    private static final String HOME = "home:";

    private final ChildSchools childSchools;
    private final People people;
    private final Partnerships partnerships;

    ChildSchoolPages(ChildSchools childSchools, People people, Partnerships partnerships) {
        this.childSchools = childSchools;
        this.people = people;
        this.partnerships = partnerships;
    }

    /**
     * The child named by the path, before anything else: 404 when there is no such person, 403 without a real ground
     * on them ({@code ChildSchools.schoolOf} refuses, and audits the refusal).
     */
    private Child child(UUID personId) {
        PersonId id = new PersonId(personId);
        String name = people.name(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Child(id, name, childSchools.schoolOf(id));
    }

    private record Child(PersonId id, String name, Optional<ChildSchools.ChildSchool> current) {
    }

    private String page(Child found, String typed, String error, Model model) {
        PersonId child = found.id();
        model.addAttribute("personId", child.value().toString());
        model.addAttribute("childName", found.name());
        var current = found.current();
        model.addAttribute("current", current.map(c -> c.homeEducated()
                ? "Home-educated: " + c.schoolName() + " is told" : c.schoolName()).orElse(null));
        List<Option> options = new ArrayList<>(List.of(new Option("", "Choose a school")));
        childSchools.choices().forEach(c -> options.add(new Option(c.school().toString(),
                c.name() + (c.areaName() == null ? "" : " (" + c.areaName() + ")"))));
        for (Area a : partnerships.areas()) {
            options.add(new Option(HOME + a.id().value(), "Home-educated (" + a.name() + ")"));
        }
        String value = typed != null ? typed : current.map(c -> c.homeEducated() ? HOME + c.area().value()
                : c.school().toString()).orElse("");
        model.addAttribute("options", options);
        model.addAttribute("value", value);
        model.addAttribute("error", error);
        return "encompass/child-school";
    }

    @GetMapping("/people/{personId}/school")
    @Audited(action = AuditAction.READ, recordType = "person", ids = "#personId", reason = "'child school'")
    String show(@PathVariable UUID personId, Model model) {
        return page(child(personId), null, null, model);
    }

    @PostMapping("/people/{personId}/school")
    @Audited(action = AuditAction.UPDATE, recordType = "person", ids = "#personId", reason = "'child school recorded'")
    String record(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Child found = child(personId);
        PersonId child = found.id();
        String typed = form.getOrDefault("school", "").strip();
        try {
            if (typed.startsWith(HOME)) {
                childSchools.recordHomeEducated(child, new AreaId(uuid(typed.substring(HOME.length()))));
            } else {
                childSchools.recordSchool(child, new SchoolId(uuid(typed)));
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(found, typed, e.errors().values().iterator().next(), model);
        }
        redirect.addFlashAttribute("success", "The child's school is recorded");
        return "redirect:/people/" + personId + "/school";
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("school", "Choose a school, or that the child is home-educated");
        }
    }
}
