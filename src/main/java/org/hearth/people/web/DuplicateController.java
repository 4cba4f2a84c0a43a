package org.hearth.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.people.MergeId;
import org.hearth.people.MergeRefusedException;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerge;
import org.hearth.people.PersonMerges;
import org.hearth.people.PersonRecord;
import org.hearth.people.PossibleDuplicate;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.Pager;
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
 * The hub's work list of possible duplicates, the side-by-side comparison with the engine's explanation, and the
 * decisions: "same person: merge" (refused over conflicting confirmed identities unless forced with a reason),
 * "not the same person", and unmerge. Hub coordinators only.
 */
@Controller
@PreAuthorize("hasRole('HUB_COORDINATOR')")
@NotAudited("every read and decision goes through PersonMerges and People, which record the audit entries")
class DuplicateController {

    static final int PAGE_SIZE = 25;

    private final PersonMerges merges;
    private final People people;
    private final java.util.List<org.hearth.people.PersonLinkSource> linkSources;

    DuplicateController(PersonMerges merges, People people,
            java.util.List<org.hearth.people.PersonLinkSource> linkSources) {
        this.merges = merges;
        this.people = people;
        this.linkSources = linkSources;
    }

    @Navigation(label = "Possible duplicates", order = 35, section = NavigationSection.PEOPLE,
            roles = "HUB_COORDINATOR")
    @GetMapping("/people/duplicates")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        Pager pager = new Pager(Math.max(1, page), merges.countPossibleDuplicates(), PAGE_SIZE,
                "/people/duplicates?page={page}");
        model.addAttribute("pairs", merges.possibleDuplicates(pager.offset(), PAGE_SIZE));
        model.addAttribute("pager", pager);
        model.addAttribute("run", merges.lastRun().orElse(null));
        return "people/duplicates";
    }

    @PostMapping("/people/duplicates/runs")
    String run(RedirectAttributes flash) {
        flash.addFlashAttribute("success", merges.findDuplicates()
                ? "Looking for duplicates across the register. New pairs appear here when the run ends."
                : "A run is already under way.");
        return "redirect:/people/duplicates";
    }

    @GetMapping("/people/duplicates/{a}/{b}")
    String compare(@PathVariable UUID a, @PathVariable UUID b, Model model) {
        return comparison(new PersonId(a), new PersonId(b), model);
    }

    private String comparison(PersonId a, PersonId b, Model model) {
        if (a.equals(b)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<PersonId> survivorA = merges.survivorOf(a);
        Optional<PersonId> survivorB = merges.survivorOf(b);
        PersonRecord left = people.record(a).orElseThrow(DuplicateController::notFound);
        PersonRecord right = people.record(b).orElseThrow(DuplicateController::notFound);
        Optional<PossibleDuplicate> pair = merges.pair(a, b);
        var leftLinks = linkSources.stream().flatMap(s -> s.linksFor(a).stream()).toList();
        var rightLinks = linkSources.stream().flatMap(s -> s.linksFor(b).stream()).toList();
        model.addAttribute("left", left);
        model.addAttribute("leftLinks", leftLinks);
        model.addAttribute("rightLinks", rightLinks);
        model.addAttribute("right", right);
        // the record with more history is offered as the one to keep (the left one when they are even)
        int leftHistory = history(left, leftLinks.size());
        int rightHistory = history(right, rightLinks.size());
        boolean keepRight = rightHistory > leftHistory;
        model.addAttribute("keepRight", keepRight);
        model.addAttribute("survivorOptions", List.of(
                new Option(a.toString(), "Keep " + left.details().fullName() + " (left)"
                        + (keepRight || rightHistory == leftHistory ? "" : ", the record with more history"))
                        .withIdSuffix("left"),
                new Option(b.toString(), "Keep " + right.details().fullName() + " (right)"
                        + (keepRight ? ", the record with more history" : "")).withIdSuffix("right")));
        model.addAttribute("leftConfirmed", merges.dateOfBirthConfirmed(a));
        model.addAttribute("rightConfirmed", merges.dateOfBirthConfirmed(b));
        model.addAttribute("pair", pair.orElse(null));
        model.addAttribute("conflicts", merges.conflicts(a, b));
        model.addAttribute("alreadyMerged", survivorA.isPresent() || survivorB.isPresent());
        return "people/compare";
    }

    /** How much a record holds: its referrals and other links, addresses, relationships and other names. */
    static int history(PersonRecord r, int links) {
        return links + r.addresses().size() + r.relationships().size() + r.aliases().size();
    }

    @PostMapping("/people/duplicates/{a}/{b}/merge")
    String merge(@PathVariable UUID a, @PathVariable UUID b, @RequestParam(defaultValue = "") String survivor,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean force,
            @RequestParam(defaultValue = "") String forceReason, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        model.addAttribute("typedReason", reason);
        PersonId left = new PersonId(a);
        PersonId right = new PersonId(b);
        PersonId keep = survivor.equals(b.toString()) ? right : survivor.equals(a.toString()) ? left : null;
        String problem = keep == null ? "Choose the record to keep"
                : reason.isBlank() ? "Enter why these records are the same person"
                : reason.trim().length() > 1000 ? "The reason must be 1,000 characters or fewer" : null;
        if (problem == null && force && forceReason.isBlank()) {
            problem = "Enter why you are merging despite the conflicting identities";
        }
        if (problem != null) {
            return again(left, right, model, response, problem, keep == null ? "survivor" : reason.isBlank()
                    || reason.trim().length() > 1000 ? "reason" : "forceReason", HttpStatus.BAD_REQUEST);
        }
        PersonId away = keep.equals(left) ? right : left;
        try {
            MergeId id = merges.merge(keep, away, reason.trim(), force, forceReason.trim());
            flash.addFlashAttribute("success", "Records merged. This record now holds everything of both.");
            flash.addFlashAttribute("mergeId", id.toString());
            return "redirect:/people/" + keep;
        } catch (MergeRefusedException e) {
            model.addAttribute("refused", e.getMessage());
            return again(left, right, model, response, e.forceable()
                    ? "These records have conflicting confirmed identities: " + String.join("; ", e.conflicts())
                            + ". Check them, or merge anyway giving your reason."
                    : e.getMessage(), e.forceable() ? "force" : "survivor", HttpStatus.CONFLICT);
        } catch (NoSuchElementException e) {
            throw notFound();
        }
    }

    private String again(PersonId a, PersonId b, Model model, HttpServletResponse response, String problem,
            String field, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("mergeError", problem);
        model.addAttribute("mergeErrorField", field);
        return comparison(a, b, model);
    }

    @PostMapping("/people/duplicates/{a}/{b}/not-same")
    String notSame(@PathVariable UUID a, @PathVariable UUID b, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (reason.isBlank() || reason.trim().length() > 1000) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("notSameError", reason.isBlank() ? "Enter why they are not the same person"
                    : "The reason must be 1,000 characters or fewer");
            return comparison(new PersonId(a), new PersonId(b), model);
        }
        try {
            merges.notTheSamePerson(new PersonId(a), new PersonId(b), reason.trim());
        } catch (NoSuchElementException | MergeRefusedException e) {
            throw notFound();
        }
        flash.addFlashAttribute("success", "Recorded as not the same person. This pair will not be offered again.");
        return "redirect:/people/duplicates";
    }

    @GetMapping("/people/merges/{id}")
    String merge(@PathVariable UUID id, Model model) {
        PersonMerge merge = merges.find(new MergeId(id)).orElseThrow(DuplicateController::notFound);
        model.addAttribute("merge", merge);
        return "people/merge";
    }

    @PostMapping("/people/merges/{id}/unmerge")
    String unmerge(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        PersonMerge merge = merges.find(new MergeId(id)).orElseThrow(DuplicateController::notFound);
        String problem = reason.isBlank() ? "Enter why you are undoing this merge"
                : reason.trim().length() > 1000 ? "The reason must be 1,000 characters or fewer" : null;
        if (problem == null) {
            try {
                merges.unmerge(merge.id(), reason.trim());
                flash.addFlashAttribute("success", "Merge undone. Both records are back as they were.");
                return "redirect:/people/" + merge.survivor();
            } catch (MergeRefusedException e) {
                problem = e.getMessage();
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("merge", merge);
        model.addAttribute("unmergeError", problem);
        return "people/merge";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
