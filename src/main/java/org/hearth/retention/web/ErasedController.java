package org.hearth.retention.web;

import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.retention.Retention;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tombstones of erased records: the Hearth id, when, under which rule, who approved. Coordinators only. */
@Controller
class ErasedController {

    private final Retention retention;

    ErasedController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping("/retention/erased")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Retention.erased audits the search with the ids it lists")
    String erased(Model model) {
        model.addAttribute("rows", RetentionViews.erased(retention.erased()));
        return "retention/erased";
    }
}
