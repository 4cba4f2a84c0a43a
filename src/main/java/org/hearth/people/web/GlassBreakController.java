package org.hearth.people.web;

import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.people.People;
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

/** Coordinators review every break-glass opening of a record: who, whose, when and why. */
@Controller
@NotAudited("the list and the reviews are audited inside People")
class GlassBreakController {

    private final People people;

    GlassBreakController(People people) {
        this.people = people;
    }

    @Bean
    static NavigationItem glassBreakNavigation() {
        return new NavigationItem("Break-glass reviews", "/break-glass", 70, Role.HUB_COORDINATOR.authority(),
                Role.PARTNERSHIP_COORDINATOR.authority()).in(NavigationSection.PEOPLE);
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
}
