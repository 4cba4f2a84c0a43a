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
@NotAudited("Encompass.mine audits every notification it returns (the child's id, as a read of person data) and "
        + "Encompass.acknowledge the acknowledgement")
class EstablishmentPages {

    private final Encompass encompass;

    EstablishmentPages(Encompass encompass) {
        this.encompass = encompass;
    }

    @Bean
    static NavigationItem establishmentNavigation() {
        return new NavigationItem("Notifications", "/establishment/notifications", 10, "ROLE_ESTABLISHMENT_CONTACT");
    }

    @GetMapping("/establishment/notifications")
    String list(Model model) {
        model.addAttribute("rows", encompass.mine().stream().map(EncompassViews::row).toList());
        return "encompass/establishment-list";
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
