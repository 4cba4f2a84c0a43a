package org.hearth.encompass.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.Encompass;
import org.hearth.encompass.GpPractices;
import org.hearth.platform.Navigation;
import org.hearth.platform.web.SummaryRow;
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
    private final GpPractices practices;

    EstablishmentPages(Encompass encompass, GpPractices practices) {
        this.encompass = encompass;
        this.practices = practices;
    }

    @Navigation(label = "Notifications", order = 5, roles = "ESTABLISHMENT_CONTACT")
    @GetMapping("/establishment/notifications")
    String list(Model model) {
        model.addAttribute("rows", encompass.mine().stream().map(EncompassViews::row).toList());
        model.addAttribute("gpRows", practices.mine().stream().map(EncompassViews::gpRow).toList());
        return "encompass/establishment-list";
    }

    @GetMapping("/establishment/gp-notifications/{id}")
    String gpOne(@PathVariable UUID id, Model model) {
        return shown(practices.mine(id), EncompassViews::gpDetails, "encompass/establishment-gp-notification", model);
    }

    @PostMapping("/establishment/gp-notifications/{id}/acknowledge")
    String gpAcknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        return acknowledged(practices.mine(id), () -> practices.acknowledge(id), "/establishment/gp-notifications/"
                + id, redirect);
    }

    @GetMapping("/establishment/notifications/{id}")
    String one(@PathVariable UUID id, Model model) {
        return shown(encompass.mine(id), EncompassViews::details, "encompass/establishment-notification", model);
    }

    @PostMapping("/establishment/notifications/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        return acknowledged(encompass.mine(id), () -> encompass.acknowledge(id), "/establishment/notifications/" + id,
                redirect);
    }

    /** One of this key adult's notifications with its rows; another's, or none, is a 404. */
    private static <N> String shown(Optional<N> mine, Function<N, List<SummaryRow>> rows, String view, Model model) {
        N n = mine.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("n", n);
        model.addAttribute("rows", rows.apply(n));
        return view;
    }

    /** Acknowledges one of this key adult's notifications (another's, or none, is a 404) and shows it again. */
    private static String acknowledged(Optional<?> mine, BooleanSupplier acknowledge, String path,
            RedirectAttributes redirect) {
        if (mine.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (acknowledge.getAsBoolean()) {
            redirect.addFlashAttribute("success", "You acknowledged the notification");
        }
        return "redirect:" + path;
    }
}
