package org.hearth.people.web;

import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.springframework.context.annotation.Bean;
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

    @Bean
    static NavigationItem glassBreakNavigation() {
        return new NavigationItem("Break-glass reviews", "/break-glass", 70, Role.HUB_COORDINATOR.authority(),
                Role.INFORMATION_GOVERNANCE.authority()).in(NavigationSection.PEOPLE);
    }

    @GetMapping("/break-glass")
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("breaks", people.glassBreaks(!all));
        model.addAttribute("all", all);
        return "people/break-glass";
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
