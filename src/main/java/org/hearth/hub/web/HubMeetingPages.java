package org.hearth.hub.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
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

/**
 * The hub meeting's own pages: today's meeting for an area (opened by a coordinator), the agenda with attendance,
 * refreshing the agenda, recording attendance, starting and ending the meeting. Reads of cases are audited inside
 * {@link HubMeetings} with the ids of the people shown; the handlers add the route's own entry.
 */
@Controller
class HubMeetingPages {

    static final String MEETING_ROLES = "hasAnyRole('HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE')";

    private final HubMeetings hub;
    private final Partnerships partnerships;
    private final StaffUsers staff;
    private final HubViews views;

    HubMeetingPages(HubMeetings hub, Partnerships partnerships, StaffUsers staff, HubViews views) {
        this.hub = hub;
        this.partnerships = partnerships;
        this.staff = staff;
        this.views = views;
    }

    private static LocalDate today() {
        return HubViews.today();
    }

    private Meeting meeting(UUID id) {
        return hub.meeting(new HubMeetingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Navigation(label = "Daily hub", order = 16, section = NavigationSection.FRONT_DOOR,
            roles = {"HUB_COORDINATOR", "AGENCY_REPRESENTATIVE"})
    @GetMapping("/hub/meetings/today")
    @PreAuthorize(MEETING_ROLES)
    @NotAudited("lists areas and, for a chosen area, whether its meeting is open: no person data; the agenda is read on the meeting page")
    String today(@RequestParam(required = false) UUID area, Model model) {
        Actor me = Actor.current().orElseThrow();
        List<Area> areas = partnerships.areas();
        LocalDate day = today();
        model.addAttribute("day", Dates.DAY.format(day));
        model.addAttribute("workingDay", !hub.windowFrom(day.plusDays(1)).isBefore(day));
        model.addAttribute("areaOptions", Option.of(areas, a -> a.id().value(), Area::name));
        AreaId chosen = area != null ? new AreaId(area)
                : areas.size() == 1 ? areas.get(0).id()
                : partnerships.agency(me.agency()).map(Agency::area).orElse(null);
        model.addAttribute("area", chosen == null ? null : chosen.value());
        model.addAttribute("coordinator", me.hasRole(Role.HUB_COORDINATOR));
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            model.addAttribute("unplaced", hub.withoutAreaCount());
        }
        if (chosen != null) {
            model.addAttribute("areaName", partnerships.area(chosen).map(Area::name).orElse(""));
            try {
                Optional<Meeting> m = hub.meetingOn(chosen, day);
                if (m.isPresent()) {
                    return "redirect:/hub/meetings/" + m.get().id();
                }
            } catch (org.springframework.security.access.AccessDeniedException e) {
                model.addAttribute("notAttending", true);
            }
            model.addAttribute("windowFrom", Dates.DAY.format(hub.windowFrom(day)));
        }
        return "hub/today";
    }

    @PostMapping("/hub/meetings")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.CREATE, recordType = "hub-meeting", ids = "#area", reason = "'opened today'")
    String open(@RequestParam(required = false) UUID area, RedirectAttributes flash) {
        if (area == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose an area");
        }
        try {
            Meeting m = hub.open(new AreaId(area), today());
            return "redirect:/hub/meetings/" + m.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", e.getMessage());
            return "redirect:/hub/meetings/today?area=" + area;
        }
    }

    @GetMapping("/hub/meetings/{meetingId}")
    @PreAuthorize(MEETING_ROLES)
    @Audited(action = AuditAction.READ, recordType = "hub-meeting", ids = "#meetingId")
    String meetingPage(@PathVariable UUID meetingId, Model model) {
        Meeting m = meeting(meetingId);
        Actor me = Actor.current().orElseThrow();
        List<AgendaCase> cases = hub.agenda(m.id());
        model.addAttribute("meeting", m);
        model.addAttribute("date", Dates.DAY.format(m.meetsOn()));
        model.addAttribute("window", Dates.DAY.format(m.windowFrom()) + " to " + Dates.DAY.format(m.meetsOn().minusDays(1)));
        model.addAttribute("cases", cases.stream().map(views::row).toList());
        model.addAttribute("attendance", hub.attendance(m.id()));
        model.addAttribute("coordinator", me.hasRole(Role.HUB_COORDINATOR));
        long waiting = cases.stream().filter(c -> c.status() == HubMeetings.CaseStatus.WAITING).count();
        model.addAttribute("waiting", waiting);
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            model.addAttribute("agencyOptions", views.agencyOptions());
            model.addAttribute("representativeOptions", representativeOptions());
        }
        return "hub/meeting";
    }

    private List<Option> representativeOptions() {
        Map<AgencyId, String> agencies = new LinkedHashMap<>();
        partnerships.agencies().forEach(a -> agencies.put(a.id(), a.name()));
        List<Option> out = new ArrayList<>(List.of(new Option("", "Choose a person")));
        for (StaffUser u : staff.all()) {
            if (u.enabled() && (u.roles().contains(Role.AGENCY_REPRESENTATIVE) || u.roles().contains(Role.HUB_COORDINATOR))) {
                out.add(new Option(u.id().value().toString(), u.displayName() + " (" + agencies.getOrDefault(u.agency(), "") + ")"));
            }
        }
        return out;
    }

    @PostMapping("/hub/meetings/{meetingId}/refresh")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "hub-meeting", ids = "#meetingId", reason = "'agenda refreshed'")
    String refresh(@PathVariable UUID meetingId, RedirectAttributes flash) {
        meeting(meetingId);
        try {
            int added = hub.refreshAgenda(new HubMeetingId(meetingId));
            flash.addFlashAttribute("success", added == 0 ? "No new cases." : added + (added == 1 ? " case" : " cases") + " added.");
        } catch (IllegalStateException e) {
            flash.addFlashAttribute("failure", "The meeting has ended.");
        }
        return "redirect:/hub/meetings/" + meetingId;
    }

    @PostMapping("/hub/meetings/{meetingId}/attendance")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "hub-meeting", ids = "#meetingId", reason = "'attendance'")
    String attendance(@PathVariable UUID meetingId, @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) UUID representative, RedirectAttributes flash) {
        return change(meetingId, flash, id -> {
            hub.recordAttendance(id, agency == null ? null : new AgencyId(agency),
                    representative == null ? null : new StaffUserId(representative));
            return "Attendance recorded. The representative can read the cases on the agenda until the end of the day.";
        });
    }

    @PostMapping("/hub/meetings/{meetingId}/start")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "hub-meeting", ids = "#meetingId", reason = "'started'")
    String start(@PathVariable UUID meetingId) {
        meeting(meetingId);
        hub.start(new HubMeetingId(meetingId));
        return "redirect:/hub/meetings/" + meetingId;
    }

    @PostMapping("/hub/meetings/{meetingId}/end")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "hub-meeting", ids = "#meetingId", reason = "'ended'")
    String end(@PathVariable UUID meetingId, RedirectAttributes flash) {
        return change(meetingId, flash, id -> {
            hub.end(id);
            return "Meeting ended. Cases not reached go onto the next meeting's agenda.";
        });
    }

    /**
     * A coordinator's change to the meeting (none is a 404): {@code write} answers the success banner, a refusal's
     * message is shown as a failure; the meeting's page follows either way.
     */
    private String change(UUID meetingId, RedirectAttributes flash, Function<HubMeetingId, String> write) {
        Meeting m = meeting(meetingId);
        try {
            flash.addFlashAttribute("success", write.apply(m.id()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/hub/meetings/" + meetingId;
    }
}
