package org.hearth.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.people.Address;
import org.hearth.people.Candidate;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.AccessGround;
import org.hearth.people.PersonAccess;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.people.PersonInvolvementSource;
import org.hearth.people.PersonMatcher;
import org.hearth.people.PersonMerges;
import org.hearth.people.PersonRecord;
import org.hearth.people.SafeContact;
import org.hearth.people.Sex;
import org.springframework.http.HttpStatus;
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
 * A person's page and the forms that change it. Reads and writes are audited inside {@link People}, which
 * also applies need-to-know: staff of uninvolved agencies see a stub and may break the glass with a reason.
 */
@Controller
@NotAudited("every read and write goes through People, which records the audit entry itself")
class PersonController {

    /** Safe to call (and so on)? Ids call-yes, call-no, call-unknown. */
    static final List<Option> SAFE_CONTACT_OPTIONS = List.of(new Option("yes", "Yes").withIdSuffix("yes"),
            new Option("no", "No").withIdSuffix("no"), new Option("", "Not agreed yet").withIdSuffix("unknown"));

    private final People people;
    private final PersonAccess access;
    private final PersonMatcher matcher;
    private final PersonMerges merges;
    private final List<org.hearth.people.PersonLinkSource> linkSources;
    private final List<PersonInvolvementSource> involvementSources;

    PersonController(People people, PersonAccess access, PersonMatcher matcher, PersonMerges merges,
            List<org.hearth.people.PersonLinkSource> linkSources, List<PersonInvolvementSource> involvementSources) {
        this.people = people;
        this.access = access;
        this.matcher = matcher;
        this.merges = merges;
        this.linkSources = linkSources;
        this.involvementSources = involvementSources;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("sexOptions", Option.of(Sex::label, Sex.values()));
        model.addAttribute("ethnicityOptions", Option.withNone("Not recorded",
                Option.of(Ethnicity::label, Ethnicity.values())));
        model.addAttribute("disabilityOptions", Option.of(Disability::label, Disability.values()));
        model.addAttribute("orientationOptions", Option.of(org.hearth.people.SexualOrientation::label,
                org.hearth.people.SexualOrientation.values()));
        model.addAttribute("genderIdentityOptions", Option.of(org.hearth.people.GenderIdentity::label,
                org.hearth.people.GenderIdentity.values()));
    }

    @Navigation(label = "Add a person", order = 20, section = NavigationSection.PEOPLE,
            roles = {"HUB_COORDINATOR", "PRACTITIONER", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/people/new")
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return "people/new";
    }

    /**
     * Saves a new person, unless people already known may be the same one and the user has not yet said
     * this is someone new: then the candidates are shown first (details only of those the user may see).
     */
    @PostMapping("/people/new")
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean confirmedNew, Model model, HttpServletResponse response) {
        form.validate(errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "people/new";
        }
        if (!confirmedNew) {
            List<Candidate> candidates = matcher.candidates(form.toDetails(), form.getPostcode(), 5);
            if (!candidates.isEmpty()) {
                model.addAttribute("candidates", candidates.stream()
                        .map(c -> new ShownCandidate(c, access.mayView(c.id()))).toList());
                return "people/candidates";
            }
        }
        // one module call, one transaction: a rejected address leaves no person behind to be made again
        PersonId id = people.create(form.toDetails(), form.aliasList(), AccessGround.RECORDED,
                form.getPostcode() == null || form.getPostcode().isBlank() ? null
                        : new Address(null, null, null, null, form.getPostcode(), null, null, false, false, null));
        return "redirect:/people/" + id;
    }

    /** A candidate as shown: details only when the user may see that person's record. */
    record ShownCandidate(Candidate candidate, boolean visible) {
    }

    /**
     * A person's page. A record merged into another redirects to the survivor, with a note. Possible duplicates
     * show in full only to hub coordinators; anyone else learns only that a possible match exists.
     */
    @GetMapping("/people/{id}")
    String person(@PathVariable UUID id, Model model, RedirectAttributes flash,
            org.springframework.security.core.Authentication auth) {
        PersonId person = new PersonId(id);
        java.util.Optional<PersonId> survivor = merges.survivorOf(person);
        if (survivor.isPresent()) {
            flash.addFlashAttribute("mergedNote", "The record you opened was merged into this one.");
            return "redirect:/people/" + survivor.get();
        }
        PersonRecord record = people.record(person).orElseThrow(PersonController::notFound);
        model.addAttribute("person", record);
        boolean hub = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.HUB_COORDINATOR.authority()));
        // the stub shows only name, year of birth and agencies: not even that a possible match exists
        model.addAttribute("possibleMatches", record.full() ? merges.openPairsOf(person) : 0);
        model.addAttribute("hub", hub);
        if (hub) {
            model.addAttribute("duplicatePairs", merges.openPairsWith(person));
            model.addAttribute("merges", merges.mergesOf(person));
        }
        model.addAttribute("dobConfirmed", record.full() && merges.dateOfBirthConfirmed(person));
        model.addAttribute("safeContactOptions", SAFE_CONTACT_OPTIONS);
        if (record.full()) {
            model.addAttribute("links", linkSources.stream().flatMap(s -> s.linksFor(person).stream()).toList());
            // casework's and marac's own rules decide each item: a ground on the person is not enough
            model.addAttribute("involvements", involvementSources.stream()
                    .flatMap(s -> s.involvementsFor(person).stream()).toList());
            model.addAttribute("corrections", people.corrections(person).stream().map(c -> List.of(
                    org.hearth.platform.Dates.day(c.recordedAt().atZone(Dates.UK)
                            .toLocalDate()), c.field().label(), correctionValue(c.field(), c.oldValue()),
                    correctionValue(c.field(), c.newValue()), c.reason(), c.requestedBy(), c.recordedBy())).toList());
            // a disclosure team's grant shows only to the team: nobody else may learn that an application exists
            boolean team = auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(Role.DISCLOSURE_TEAM.authority()));
            // a refuge provider's grant says where she is: shown to its holder only
            java.util.UUID me = auth != null && auth.getPrincipal() instanceof org.hearth.access.StaffPrincipal p
                    ? p.id().value() : null;
            model.addAttribute("grants", access.currentGrants(person).stream()
                    .filter(g -> team || g.ground() != org.hearth.people.AccessGround.DISCLOSURE)
                    .filter(g -> g.ground() != org.hearth.people.AccessGround.SUBJECT_ACCESS)
                    .filter(g -> g.basis() == null || !g.basis().revealsWhereabouts()
                            || g.holder().user() != null && g.holder().user().value().equals(me))
                    .toList());
        }
        return record.full() ? "people/person" : "people/restricted";
    }

    /** A corrected value in words: a date of birth as "14 March 1988". */
    static String correctionValue(org.hearth.people.PersonCorrection.Field field, String value) {
        if (value == null) {
            return "Not recorded";
        }
        return field == org.hearth.people.PersonCorrection.Field.DATE_OF_BIRTH
                ? org.hearth.platform.Dates.day(java.time.LocalDate.parse(value)) : value;
    }

    @PostMapping("/people/{id}/date-of-birth-confirmed")
    String confirmDateOfBirth(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes flash) {
        PersonId person = new PersonId(id);
        if (!access.holdsGround(person)) {
            throw new org.springframework.security.access.AccessDeniedException("No ground to change this record");
        }
        try {
            merges.confirmDateOfBirth(person, confirmed);
        } catch (java.util.NoSuchElementException e) {
            throw notFound();
        }
        flash.addFlashAttribute("success", confirmed ? "Date of birth recorded as confirmed."
                : "Date of birth no longer recorded as confirmed.");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PersonRecord record = people.record(new PersonId(id)).orElseThrow(PersonController::notFound);
        if (!record.full() || record.glassBroken()) {
            throw new org.springframework.security.access.AccessDeniedException("Not involved with this person");
        }
        model.addAttribute("form", PersonForm.of(record.details(), record.aliases()));
        model.addAttribute("editing", id);
        return "people/new";
    }

    @PostMapping("/people/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        form.validate(errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("editing", id);
            return "people/new";
        }
        people.update(new PersonId(id), form.toDetails(), form.aliasList());
        flash.addFlashAttribute("success", "Details saved.");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/break-glass")
    String breakGlass(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletResponse response) {
        PersonId person = new PersonId(id);
        // the module's rule (code points after strip), so a reason it would refuse is never sent to it
        if (reason.strip().codePoints().count() < 10) {
            PersonRecord record = people.record(person).orElseThrow(PersonController::notFound);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("person", record);
            model.addAttribute("reasonError", reason.isBlank() ? "Enter why you need to see this record"
                    : "Give more detail: at least 10 characters");
            return "people/restricted";
        }
        people.breakGlass(person, reason);
        return "redirect:/people/" + id;
    }

    /**
     * Allocation needs a real ground: at once when the user's agency already holds a grant, otherwise a request
     * for a hub coordinator to decide (a break-glass opening is never a ground).
     */
    @PostMapping("/people/{id}/allocate")
    String allocate(@PathVariable UUID id, RedirectAttributes flash) {
        PersonAccess.Allocation done;
        try {
            done = access.allocateToMe(new PersonId(id));
        } catch (java.util.NoSuchElementException e) {
            throw notFound();
        }
        flash.addFlashAttribute("success", done == PersonAccess.Allocation.ALLOCATED
                ? "You are now an allocated worker for this person."
                : "Your agency has no ground to see this record, so your request to be allocated has gone to the "
                        + "hub coordinator to approve. You will see the record when it is approved.");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/safe-contact")
    String safeContact(@PathVariable UUID id, @RequestParam(required = false) String call,
            @RequestParam(required = false) String voicemail, @RequestParam(required = false) String text,
            @RequestParam(required = false) String post, @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "") String safeTimes, @RequestParam(defaultValue = "") String safePhone,
            @RequestParam(defaultValue = "") String safeAddress, @RequestParam(defaultValue = "") String notes,
            RedirectAttributes flash) {
        people.setSafeContact(new PersonId(id), new SafeContact(yesNo(call), yesNo(voicemail), yesNo(text),
                yesNo(post), yesNo(email), limit(safeTimes), limit(safePhone), limit(safeAddress), limit(notes)));
        flash.addFlashAttribute("success", "Safe contact rules saved.");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/addresses")
    String addAddress(@PathVariable UUID id, @RequestParam(defaultValue = "") String line1,
            @RequestParam(defaultValue = "") String town, @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "false") boolean confidential,
            @RequestParam(defaultValue = "false") boolean inRefuge, @RequestParam(defaultValue = "") String refugeService,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        PersonId person = new PersonId(id);
        String problem = inRefuge
                ? (refugeService.isBlank() ? "Enter the service providing the refuge (never its address)" : null)
                : (line1.isBlank() && postcode.isBlank() ? "Enter the first line of the address or a postcode" : null);
        if (problem == null && !inRefuge && !postcode.isBlank()
                && !postcode.trim().toUpperCase().matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            problem = "Enter a real postcode, like NF1 2AB";
        }
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("person", people.record(person).orElseThrow(PersonController::notFound));
            model.addAttribute("addressError", problem);
            model.addAttribute("safeContactOptions", SAFE_CONTACT_OPTIONS);
            return "people/person";
        }
        people.addAddress(person, inRefuge ? Address.refuge(limit(refugeService), LocalDate.now())
                : new Address(null, limit(line1), null, limit(town), limit(postcode), LocalDate.now(), null,
                        confidential, false, null));
        flash.addFlashAttribute("success", inRefuge ? "Recorded as in refuge." : "Address added.");
        return "redirect:/people/" + id;
    }

    private static Boolean yesNo(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf("yes".equals(value));
    }

    private static String limit(String s) {
        String t = s == null ? "" : s.trim();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

}
