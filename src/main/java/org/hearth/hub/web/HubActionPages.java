package org.hearth.hub.web;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubMeetings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner agency's open hub actions (references, never names), and marking one done. */
@Controller
class HubActionPages {

    private final HubMeetings hub;

    HubActionPages(HubMeetings hub) {
        this.hub = hub;
    }

    @GetMapping("/hub/actions")
    @PreAuthorize(Role.WORKS_CASES)
    @Audited(action = AuditAction.READ, recordType = "hub-action", reason = "'my agency''s open actions'")
    String actions(Model model) {
        model.addAttribute("actions", hub.openActionsOfMyAgency());
        model.addAttribute("now", Instant.now());
        return "hub/actions";
    }

    @PostMapping("/hub/actions/{actionId}/done")
    @PreAuthorize(Role.WORKS_CASES)
    @Audited(action = AuditAction.UPDATE, recordType = "hub-action", ids = "#actionId", reason = "'done'")
    String done(@PathVariable UUID actionId, RedirectAttributes flash) {
        try {
            hub.completeAction(new HubActionId(actionId));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", "Action marked done.");
        return "redirect:/hub/actions";
    }
}
