package org.hearth.hub.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.ActionSubject;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.Option;
import org.hearth.referrals.TriageOutcome;
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

/**
 * A case on the hub's agenda: its page (read audited inside {@link HubMeetings} with the ids of the people shown),
 * the information an agency brings, the coordinator's decisions and the actions agreed.
 */
@Controller
class HubCasePages {

    private final HubMeetings hub;
    private final HubViews views;

    HubCasePages(HubMeetings hub, HubViews views) {
        this.hub = hub;
        this.views = views;
    }

    private Meeting meeting(UUID id) {
        return hub.meeting(new HubMeetingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AgendaCase hubCase(UUID meetingId, UUID caseId) {
        return hub.openCase(new HubMeetingId(meetingId), new HubCaseId(caseId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/hub/meetings/{meetingId}/cases/{caseId}")
    @PreAuthorize(HubMeetingPages.MEETING_ROLES)
    @Audited(action = AuditAction.READ, recordType = "hub-case", ids = "#caseId")
    String casePage(@PathVariable UUID meetingId, @PathVariable UUID caseId, Model model) {
        Meeting m = meeting(meetingId);
        AgendaCase c = hubCase(meetingId, caseId);
        fillCase(model, m, c);
        return "hub/case";
    }

    private void fillCase(Model model, Meeting m, AgendaCase c) {
        Actor me = Actor.current().orElseThrow();
        model.addAttribute("meeting", m);
        model.addAttribute("date", Dates.DAY.format(m.meetsOn()));
        model.addAttribute("c", views.row(c));
        model.addAttribute("referralId", c.referral().value());
        model.addAttribute("victimId", c.victim().value());
        model.addAttribute("information", hub.information(c.id()));
        model.addAttribute("actions", hub.actions(c.id()));
        model.addAttribute("coordinator", me.hasRole(Role.HUB_COORDINATOR));
        model.addAttribute("attendance", hub.attendance(m.id()));
        model.addAttribute("outcomeOptions", Arrays.stream(TriageOutcome.values())
                .map(o -> new Option(o.name(), o.label(), null, o.exclusive())).toList());
        model.addAttribute("subjectOptions", Option.of(ActionSubject::label, ActionSubject.values()));
        model.addAttribute("ownerOptions", views.agencyOptions());
        model.addAttribute("infoAgencyOptions", hub.attendance(m.id()).stream()
                .map(a -> new Option(a.agency().value().toString(), a.agencyName())).toList());
        model.addAttribute("decidable", c.status() == HubMeetings.CaseStatus.WAITING && m.started() && !m.ended());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private String caseWithErrors(UUID meetingId, UUID caseId, InvalidInputException e, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((k, v) -> errors.put(k.equals("outcomes") ? "outcome" : k, v));
        model.addAttribute("errors", errors);
        fillCase(model, meeting(meetingId), hubCase(meetingId, caseId));
        return "hub/case";
    }

    @PostMapping("/hub/meetings/{meetingId}/cases/{caseId}/information")
    @PreAuthorize(HubMeetingPages.MEETING_ROLES)
    @Audited(action = AuditAction.UPDATE, recordType = "hub-case", ids = "#caseId", reason = "'information'")
    String information(@PathVariable UUID meetingId, @PathVariable UUID caseId,
            @RequestParam(required = false) UUID agency, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        meeting(meetingId);
        try {
            hub.addInformation(new HubCaseId(caseId), agency == null ? null : new AgencyId(agency), text);
        } catch (InvalidInputException e) {
            model.addAttribute("textTyped", text);
            return caseWithErrors(meetingId, caseId, e, model, response);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", "Information added.");
        return "redirect:/hub/meetings/" + meetingId + "/cases/" + caseId;
    }

    @PostMapping("/hub/meetings/{meetingId}/cases/{caseId}/decisions")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "hub-case", ids = "#caseId", reason = "'decisions'")
    String decide(@PathVariable UUID meetingId, @PathVariable UUID caseId,
            @RequestParam(name = "outcome", required = false) List<TriageOutcome> outcome,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        meeting(meetingId);
        Set<TriageOutcome> chosen = outcome == null ? Set.of() : TriageOutcome.sorted(outcome);
        try {
            hub.decide(new HubCaseId(caseId), chosen, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("chosenOutcomes", chosen);
            model.addAttribute("reasonTyped", reason);
            return caseWithErrors(meetingId, caseId, e, model, response);
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", "Decisions recorded: " + String.join(", ",
                chosen.stream().map(TriageOutcome::label).toList()) + ".");
        return "redirect:/hub/meetings/" + meetingId + "/cases/" + caseId;
    }

    @PostMapping("/hub/meetings/{meetingId}/cases/{caseId}/actions")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.CREATE, recordType = "hub-case", ids = "#caseId", reason = "'action'")
    String action(@PathVariable UUID meetingId, @PathVariable UUID caseId,
            @RequestParam(required = false) ActionSubject subject, @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) UUID owner, @RequestParam(defaultValue = "") String dueDate,
            @RequestParam(defaultValue = "") String dueTime, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        meeting(meetingId);
        Instant due = null;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            LocalDate d = HubViews.day(dueDate);
            LocalTime t = dueTime.isBlank() ? LocalTime.of(17, 0) : LocalTime.parse(dueTime.trim());
            due = d.atTime(t).atZone(Dates.UK).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("dueDate", "Enter the due date, for example 7 December 2026, and the time as 17:00");
        }
        try {
            InvalidInputException.refuseIfAny(errors);
            hub.addAction(new HubCaseId(caseId), new HubMeetings.NewAction(subject, description,
                    owner == null ? null : new AgencyId(owner), due));
        } catch (InvalidInputException e) {
            Map<String, String> all = new LinkedHashMap<>();
            e.errors().forEach((k, v) -> all.put(k.equals("due") ? "dueDate" : k, v));
            model.addAttribute("actionTyped", Map.of("subject", subject == null ? "" : subject.name(),
                    "description", description, "owner", owner == null ? "" : owner.toString(), "dueDate", dueDate,
                    "dueTime", dueTime));
            return caseWithErrors(meetingId, caseId, new InvalidInputException(all), model, response);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("success", "Action agreed.");
        return "redirect:/hub/meetings/" + meetingId + "/cases/" + caseId;
    }
}
