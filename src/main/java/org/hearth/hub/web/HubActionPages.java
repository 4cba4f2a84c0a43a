package org.hearth.hub.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubCaseWays;
import org.hearth.hub.HubCaseWays.CaseWay;
import org.hearth.hub.HubMeetings.Action;
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

/**
 * The owner agency's open hub actions (references, never names), each linked to its referral and its victim's record
 * (the safe-contact rules) when the user may view that record ({@link HubCaseWays}), and marking one done.
 */
@Controller
class HubActionPages {

    private final HubMeetings hub;
    private final HubCaseWays ways;

    HubActionPages(HubMeetings hub, HubCaseWays ways) {
        this.hub = hub;
        this.ways = ways;
    }

    /** An action as listed, with the way to its case, or null when the user may not take it. */
    record ActionRow(Action action, CaseWay way) {
    }

    @GetMapping("/hub/actions")
    @PreAuthorize(Role.WORKS_CASES)
    @Audited(action = AuditAction.READ, recordType = "hub-action", reason = "'my agency''s open actions'")
    String actions(Model model) {
        List<Action> actions = hub.openActionsOfMyAgency();
        Map<HubCaseId, CaseWay> way = ways.waysTo(actions.stream().map(Action::hubCase).toList());
        model.addAttribute("actions", actions.stream().map(a -> new ActionRow(a, way.get(a.hubCase()))).toList());
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
