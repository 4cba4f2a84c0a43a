package org.hearth.hub.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' list of cases whose area nobody knows, and placing one in an area. */
@Controller
class HubUnplacedPages {

    private final HubMeetings hub;
    private final Partnerships partnerships;
    private final HubViews views;

    HubUnplacedPages(HubMeetings hub, Partnerships partnerships, HubViews views) {
        this.hub = hub;
        this.partnerships = partnerships;
        this.views = views;
    }

    @GetMapping("/hub/unplaced")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.SEARCH, recordType = "referral", reason = "'hub: cases with no area'")
    String unplaced(Model model) {
        fillUnplaced(model);
        return "hub/unplaced";
    }

    private void fillUnplaced(Model model) {
        model.addAttribute("cases", hub.withoutArea().stream().map(views::unplaced).toList());
        model.addAttribute("areaOptions", Option.withNone("Choose an area",
                Option.of(partnerships.areas(), a -> a.id().value(), Area::name)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    @PostMapping("/hub/unplaced/{referralId}")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "referral", ids = "#referralId", reason = "'area chosen by the hub'")
    String place(@PathVariable UUID referralId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        try {
            // the page names each case's select "area-<referral>" (ids unique on the page); the API-like "area" too
            String typed = form.getOrDefault("area", form.get("area-" + referralId));
            UUID area;
            try {
                area = typed == null || typed.isBlank() ? null : UUID.fromString(typed.trim());
            } catch (IllegalArgumentException e) {
                area = null;
            }
            if (area == null) {
                throw InvalidInputException.of("area", "Choose an area");
            }
            Optional<HubMeetingId> joined = hub.place(new org.hearth.referrals.ReferralId(referralId), new AreaId(area));
            String areaName = partnerships.area(new AreaId(area)).map(Area::name).orElse("the area");
            flash.addFlashAttribute("success", joined.isPresent()
                    ? "The case is on today's agenda for " + areaName + "."
                    : "The case will be on the next agenda for " + areaName + ".");
            return "redirect:/hub/unplaced";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("area-" + referralId, e.errors().values().iterator().next()));
            model.addAttribute("failedReferral", referralId.toString());
            fillUnplaced(model);
            return "hub/unplaced";
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
