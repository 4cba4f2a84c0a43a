package org.hearth.encompass.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.hearth.platform.InvalidInputException;
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
 * The hub's Operation Encompass page: notifications due and overdue (the clock), those acknowledged in the last
 * day, and the children whose school is not known (the attention list), each resolved by choosing the school.
 */
@Controller
@PreAuthorize(EncompassRoles.KEEPERS)
@NotAudited("the clock shows schools, references and times only; Encompass.attention audits the children it "
        + "names and Encompass.resolve the change")
class ClockPages {

    static final String HOME = "home-educated";

    private final Encompass encompass;
    private final Schools schools;

    ClockPages(Encompass encompass, Schools schools) {
        this.encompass = encompass;
        this.schools = schools;
    }

    @GetMapping("/encompass")
    String clock(Model model) {
        Instant now = Instant.now();
        var open = encompass.clock().stream().map(e -> EncompassViews.clock(e, now)).toList();
        model.addAttribute("open", open);
        model.addAttribute("overdue", open.stream().filter(r -> r.status().equals("Overdue")).count());
        model.addAttribute("acknowledged", encompass.acknowledgedSince(now.minus(Duration.ofDays(1))).stream()
                .map(e -> EncompassViews.clock(e, now)).toList());
        // the children's names are the hub coordinators'; an administrator sees how many are waiting
        boolean names = EncompassRoles.readsNames();
        model.addAttribute("attention", names ? encompass.attention() : List.of());
        model.addAttribute("attentionCount", names ? null : encompass.attentionWaiting());
        // an administrator keeps the register and the clock but opens no referral (403): the reference, unlinked
        model.addAttribute("opensReferrals", Actor.current().map(Actor::worksCases)
                .orElse(false));
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose the school"));
        schools.all().forEach(s -> options.add(new Option(s.id().toString(), s.name())));
        options.add(new Option(HOME, "Home-educated (tell the education safeguarding team)"));
        model.addAttribute("schoolOptions", options);
        return "encompass/clock";
    }

    @PostMapping("/encompass/attention/{id}")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) String school, RedirectAttributes redirect) {
        try {
            if (school == null || school.isBlank()) {
                throw InvalidInputException.of("school", "Choose the child's school");
            }
            encompass.resolve(id, HOME.equals(school) ? null : new SchoolId(UUID.fromString(school)));
            redirect.addFlashAttribute("success", "The school was recorded and the notification made");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            redirect.addFlashAttribute("problem", "Choose a school from the list");
        }
        return "redirect:/encompass";
    }
}
