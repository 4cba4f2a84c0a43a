package org.hearth.encompass.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolChanges;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.partnership.Area;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schools register: the list, a school's page with its key adults' accounts, and the CSV import. */
@Controller
@PreAuthorize(EncompassRoles.KEEPERS)
@NotAudited("the register holds schools and their safeguarding leads' work contacts, not people at risk; "
        + "Schools records each change")
class SchoolPages {

    private final Schools schools;
    private final Partnerships partnerships;
    private final StaffUsers users;

    SchoolPages(Schools schools, Partnerships partnerships, StaffUsers users) {
        this.schools = schools;
        this.partnerships = partnerships;
        this.users = users;
    }

    /** A row of the register. */
    record SchoolRow(String id, String name, String urn, String phase, String area, String lead) {
    }

    /** The register; in the navigation for administrators (hub coordinators reach it from "My work"). */
    @Navigation(label = "Schools register", order = 88, section = NavigationSection.ADMINISTRATION,
            roles = "SYSTEM_ADMIN")
    @GetMapping("/encompass/schools")
    String list(Model model) {
        Map<UUID, String> areas = partnerships.areas().stream()
                .collect(Collectors.toMap(a -> a.id().value(), Area::name));
        model.addAttribute("schools", schools.all().stream().map(s -> new SchoolRow(s.id().toString(), s.name(),
                s.urn() == null ? "" : s.urn(), s.phase().label(), areas.getOrDefault(s.area().value(), ""),
                s.leadName())).toList());
        return "encompass/schools";
    }

    @GetMapping("/encompass/schools/import")
    String importForm() {
        return "encompass/import";
    }

    @PostMapping("/encompass/schools/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        return CsvImportPage.answer(file, "Select a CSV file of schools", schools::importCsv, "encompass/import",
                model, response);
    }

    @GetMapping("/encompass/schools/{id}")
    String school(@PathVariable UUID id, Model model) {
        School s = schools.find(new SchoolId(id)).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        String area = partnerships.area(s.area()).map(Area::name).orElse("");
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Area", area));
        rows.add(new SummaryRow("URN", s.urn() == null ? "None" : s.urn()));
        rows.add(new SummaryRow("Phase", s.phase().label()));
        rows.add(new SummaryRow("Designated safeguarding lead", s.leadName() + ", " + s.leadEmail()));
        rows.add(new SummaryRow("Deputy", s.deputyName() == null ? "None recorded"
                : s.deputyName() + (s.deputyEmail() == null ? "" : ", " + s.deputyEmail())));
        rows.add(new SummaryRow("The school day starts at", Dates.time(s.startsAt())));
        model.addAttribute("school", s);
        model.addAttribute("rows", rows);
        model.addAttribute("terms", schools.terms(s.id()).stream()
                .map(t -> Dates.day(t.startsOn()) + " to " + Dates.day(t.endsOn())).toList());
        model.addAttribute("closures", schools.closures(s.id()).stream().map(Dates::day).toList());
        Map<UUID, StaffUser> byId = users.all().stream().collect(Collectors.toMap(u -> u.id().value(), u -> u));
        model.addAttribute("contacts", schools.contacts(s.id()).stream().map(c -> byId.get(c.value()))
                .filter(java.util.Objects::nonNull)
                .map(u -> new org.hearth.platform.web.Option(u.id().toString(), u.displayName())).toList());
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose an account"));
        users.all().stream().filter(u -> u.roles().contains(Role.ESTABLISHMENT_CONTACT) && u.enabled())
                .forEach(u -> options.add(new Option(u.id().toString(), u.displayName() + " (" + u.username() + ")")));
        model.addAttribute("accountOptions", options);
        return "encompass/school";
    }

    // ------------------------------------------------------------------------------------------ editing

    private School school(UUID id) {
        return schools.find(new SchoolId(id)).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
    }

    /**
     * The school as the edit form shows it: terms and non-school days one a line, written as a UK user writes them
     * ("3 September 2026 to 23 October 2026", "2 September 2026"), which is also how they may be typed.
     */
    static SchoolChanges changesOf(School s, List<org.hearth.encompass.Term> terms, List<java.time.LocalDate> closures) {
        return new SchoolChanges(s.name(), s.urn() == null ? "" : s.urn(), s.phase().name(), s.leadName(),
                s.leadEmail(), s.deputyName() == null ? "" : s.deputyName(),
                s.deputyEmail() == null ? "" : s.deputyEmail(), s.startsAt().toString(),
                String.join("\n", terms.stream().map(t -> Dates.day(t.startsOn()) + " to " + Dates.day(t.endsOn()))
                        .toList()),
                String.join("\n", closures.stream().map(Dates::day).toList()));
    }

    private String editForm(School s, SchoolChanges typed, Map<String, String> errors, Model model) {
        model.addAttribute("school", s);
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("phaseOptions", org.hearth.platform.web.Option.of(org.hearth.encompass.Phase::label,
                org.hearth.encompass.Phase.values()));
        return "encompass/school-edit";
    }

    @GetMapping("/encompass/schools/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        School s = school(id);
        return editForm(s, changesOf(s, schools.terms(s.id()), schools.closures(s.id())), Map.of(), model);
    }

    @PostMapping("/encompass/schools/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        School s = school(id);
        SchoolChanges typed = new SchoolChanges(form.get("name"), form.get("urn"), form.get("phase"),
                form.get("leadName"), form.get("leadEmail"), form.get("deputyName"), form.get("deputyEmail"),
                form.get("startsAt"), form.get("termsText"), form.get("closuresText"));
        try {
            schools.update(s.id(), typed);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // the textareas are named termsText and closuresText (multi-line fields end in "Text")
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.errors().forEach((k, v) -> errors.put(k.equals("terms") || k.equals("closures") ? k + "Text" : k, v));
            return editForm(s, typed, errors, model);
        }
        redirect.addFlashAttribute("success", "School details saved");
        return "redirect:/encompass/schools/" + id;
    }

    @PostMapping("/encompass/schools/{id}/contacts/{userId}/remove")
    String removeContact(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        School s = school(id);
        boolean removed = schools.removeContact(s.id(), new StaffUserId(userId));
        redirect.addFlashAttribute("success", removed
                ? "The account no longer sees this school's notifications"
                : "That account was not linked to this school");
        return "redirect:/encompass/schools/" + id;
    }

    @PostMapping("/encompass/schools/{id}/contacts")
    String addContact(@PathVariable UUID id, @RequestParam(required = false) String user,
            RedirectAttributes redirect) {
        SchoolId school = new SchoolId(id);
        schools.find(school).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        try {
            StaffUser u = users.find(new StaffUserId(UUID.fromString(user == null ? "" : user)))
                    .filter(x -> x.roles().contains(Role.ESTABLISHMENT_CONTACT)).orElseThrow();
            schools.addContact(school, u.id());
            redirect.addFlashAttribute("success", u.displayName() + " now sees this school's notifications");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", "Choose a key adult's account");
        }
        return "redirect:/encompass/schools/" + id;
    }
}
