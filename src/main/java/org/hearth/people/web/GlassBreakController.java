package org.hearth.people.web;

import org.hearth.audit.NotAudited;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.people.GlassBreak;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hub coordinators and information governance review every break-glass opening of a record (who, whose, when and
 * why), and hub coordinators decide requests to be allocated to a person whose record the worker's agency holds no grant for.
 */
@Controller
@NotAudited("the lists, reviews and decisions are audited inside People and PersonAccess")
class GlassBreakController {

    private final People people;
    private final PersonAccess access;

    GlassBreakController(People people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    /** Openings to a page. */
    static final int PAGE_SIZE = 50;

    /** The openings, newest first, fifty to a page; only the names on the page shown are read (and audited). */
    @Navigation(label = "Break-glass reviews", order = 72, section = NavigationSection.PEOPLE,
            roles = {"HUB_COORDINATOR", "INFORMATION_GOVERNANCE"})
    @GetMapping("/break-glass")
    String list(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "1") int page,
            Model model) {
        String pattern = "/break-glass?" + (all ? "all=true&" : "") + "page={page}";
        long total = people.countGlassBreaks(!all);
        Pager pager = Pager.within(page, total, PAGE_SIZE, pattern);
        List<GlassBreak> breaks = people.glassBreaks(!all, pager.offset(), PAGE_SIZE);
        model.addAttribute("breaks", breaks);
        model.addAttribute("caption", caption(pager, breaks.size(), all));
        model.addAttribute("pager", pager);
        model.addAttribute("all", all);
        return "people/break-glass";
    }

    /** "Openings 1 to 50 of 60" (waiting for review, unless all are listed); "No openings" when there are none. */
    static String caption(Pager pager, int shown, boolean all) {
        String waiting = all ? "" : " waiting for review";
        if (shown == 0) {
            return "No openings" + waiting;
        }
        return String.format(Locale.UK, "Openings %,d to %,d of %,d", pager.offset() + 1, pager.offset() + shown,
                pager.totalItems()) + waiting;
    }

    @PostMapping("/break-glass/{id}/reviewed")
    String reviewed(@PathVariable long id, RedirectAttributes flash) {
        people.reviewGlassBreak(id);
        flash.addFlashAttribute("success", "Marked as reviewed.");
        return "redirect:/break-glass";
    }

    @GetMapping("/break-glass/allocations")
    String allocations(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("requests", access.allocationRequests(!all));
        model.addAttribute("all", all);
        return "people/allocation-requests";
    }

    @PostMapping("/break-glass/allocations/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            access.approveAllocation(id);
        } catch (NoSuchElementException e) {
            flash.addFlashAttribute("success", "That request was already decided.");
            return "redirect:/break-glass/allocations";
        }
        flash.addFlashAttribute("success", "Allocation approved.");
        return "redirect:/break-glass/allocations";
    }

    @PostMapping("/break-glass/allocations/{id}/refuse")
    String refuse(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            access.refuseAllocation(id, reason);
        } catch (NoSuchElementException e) {
            flash.addFlashAttribute("success", "That request was already decided.");
            return "redirect:/break-glass/allocations";
        }
        flash.addFlashAttribute("success", "Allocation refused: nothing was granted.");
        return "redirect:/break-glass/allocations";
    }
}
