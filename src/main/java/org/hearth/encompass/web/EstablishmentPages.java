package org.hearth.encompass.web;

import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.EncompassNotification;
import org.hearth.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's key adult: their own school's notifications, one notification, and acknowledging it. A notification
 * of another school answers 404, as one that does not exist.
 */
@Controller
@PreAuthorize("hasRole('ESTABLISHMENT_CONTACT')")
@NotAudited("Encompass.mine and GpPractices.mine audit every notification they return (the child's or patient's id, "
        + "as a read of person data) and their acknowledge the acknowledgement")
class EstablishmentPages {

    private final Encompass encompass;
    private final org.hearth.encompass.GpPractices practices;

    EstablishmentPages(Encompass encompass, org.hearth.encompass.GpPractices practices) {
        this.encompass = encompass;
        this.practices = practices;
    }

    @Bean
    static NavigationItem establishmentNavigation() {
        return new NavigationItem("Notifications", "/establishment/notifications", 10, "ROLE_ESTABLISHMENT_CONTACT");
    }

    @GetMapping("/establishment/notifications")
    String list(Model model) {
        model.addAttribute("rows", encompass.mine().stream().map(EncompassViews::row).toList());
        model.addAttribute("gpRows", practices.mine().stream().map(EncompassViews::gpRow).toList());
        return "encompass/establishment-list";
    }

    @GetMapping("/establishment/gp-notifications/{id}")
    String gpOne(@PathVariable UUID id, Model model) {
        org.hearth.encompass.GpNotification n = practices.mine(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND));
        model.addAttribute("n", n);
        model.addAttribute("rows", EncompassViews.gpDetails(n));
        return "encompass/establishment-gp-notification";
    }

    @PostMapping("/establishment/gp-notifications/{id}/acknowledge")
    String gpAcknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        if (practices.mine(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (practices.acknowledge(id)) {
            redirect.addFlashAttribute("success", "You acknowledged the notification");
        }
        return "redirect:/establishment/gp-notifications/" + id;
    }

    @GetMapping("/establishment/notifications/{id}")
    String one(@PathVariable UUID id, Model model) {
        EncompassNotification n = encompass.mine(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND));
        model.addAttribute("n", n);
        model.addAttribute("rows", EncompassViews.details(n));
        return "encompass/establishment-notification";
    }

    @PostMapping("/establishment/notifications/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        if (encompass.mine(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (encompass.acknowledge(id)) {
            redirect.addFlashAttribute("success", "You acknowledged the notification");
        }
        return "redirect:/establishment/notifications/" + id;
    }
}
