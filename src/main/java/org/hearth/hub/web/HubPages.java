package org.hearth.hub.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.hub.ActionSubject;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.Meeting;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.People;
import org.hearth.people.PersonId;
import org.hearth.platform.Dates;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.web.Option;
import org.hearth.referrals.TriageOutcome;
import org.springframework.context.annotation.Bean;
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
 * The daily hub meeting's pages: today's meeting for an area, the agenda with attendance, a case (information,
 * decisions, actions), the minutes, the owner agency's actions and the volumes. Reads of cases are audited inside
 * {@link HubMeetings} with the ids of the people shown; the handlers add the route's own entry.
 */
@Controller
class HubPages {

    static final String MEETING_ROLES = "hasAnyRole('HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE')";

    private final HubMeetings hub;
    private final Partnerships partnerships;
    private final People people;
    private final StaffUsers staff;

    private final org.hearth.encompass.Encompass encompass;

    HubPages(HubMeetings hub, Partnerships partnerships, People people, StaffUsers staff,
            org.hearth.encompass.Encompass encompass) {
        this.encompass = encompass;
        this.hub = hub;
        this.partnerships = partnerships;
        this.people = people;
        this.staff = staff;
    }

    @Bean
    static NavigationItem hubNavigation() {
        return new NavigationItem("Daily hub", "/hub/meetings/today", 16, Set.of(Role.HUB_COORDINATOR.authority(),
                Role.AGENCY_REPRESENTATIVE.authority())).in(org.hearth.platform.NavigationSection.FRONT_DOOR);
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    // ----------------------------------------------------------------------------------------- today

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

    // ----------------------------------------------------------------------------------------- cases with no area

    /** A case with no area as the coordinators' list shows it. */
    record UnplacedRow(String referral, String reference, String received, String victim, String risk,
            int children) {
    }

    @GetMapping("/hub/unplaced")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.SEARCH, recordType = "referral", reason = "'hub: cases with no area'")
    String unplaced(Model model) {
        fillUnplaced(model);
        return "hub/unplaced";
    }

    private void fillUnplaced(Model model) {
        model.addAttribute("cases", hub.withoutArea().stream().map(u -> new UnplacedRow(u.referral().toString(),
                u.reference(), Dates.DAY.format(u.receivedOn()), name(u.victim()),
                u.grade() == null ? "Not assessed" : u.grade().label() + (u.score() == null ? "" : " (" + u.score() + ")"),
                u.children())).toList());
        List<Option> areas = new ArrayList<>(List.of(new Option("", "Choose an area")));
        areas.addAll(Option.of(partnerships.areas(), a -> a.id().value(), Area::name));
        model.addAttribute("areaOptions", areas);
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

    // ----------------------------------------------------------------------------------------- the meeting

    private Meeting meeting(UUID id) {
        return hub.meeting(new HubMeetingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A case as the agenda shows it: words, not ids (the ids go in links). */
    record Row(String id, int position, String reference, String victim, String perpetrators, String children,
            String risk, String riskColour, List<String> flags, String status, boolean waiting, String received) {
    }

    Row row(AgendaCase c) {
        List<String> flags = new ArrayList<>();
        if (c.carriedOver()) {
            flags.add("Carried over");
        }
        if (c.repeatVictim()) {
            flags.add("Repeat victim");
        }
        if (c.serialPerpetrator()) {
            flags.add("Serial perpetrator");
        }
        if (c.childrenPresent() > 0) {
            flags.add("Children present");
        }
        if (!c.areaKnown()) {
            flags.add("Area chosen by the hub");
        }
        String risk = c.grade() == null ? "Not assessed" : c.grade().label() + (c.score() == null ? "" : " (" + c.score() + ")");
        String colour = c.grade() == null ? "grey" : switch (c.grade()) {
            case HIGH -> "red";
            case MEDIUM -> "orange";
            case STANDARD -> "blue";
        };
        return new Row(c.id().toString(), c.position(), c.reference(), name(c.victim()), names(c.perpetrators(), "Not known"),
                names(c.children(), "None named"), risk, colour, flags, c.status().label(),
                c.status() == HubMeetings.CaseStatus.WAITING, Dates.DAY.format(c.receivedOn()));
    }

    private String name(PersonId p) {
        return people.name(p).orElse("Unknown");
    }

    private String names(List<PersonId> ps, String none) {
        return ps.isEmpty() ? none : String.join(", ", ps.stream().map(this::name).toList());
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
        model.addAttribute("cases", cases.stream().map(this::row).toList());
        model.addAttribute("attendance", hub.attendance(m.id()));
        model.addAttribute("coordinator", me.hasRole(Role.HUB_COORDINATOR));
        long waiting = cases.stream().filter(c -> c.status() == HubMeetings.CaseStatus.WAITING).count();
        model.addAttribute("waiting", waiting);
        if (me.hasRole(Role.HUB_COORDINATOR)) {
            model.addAttribute("agencyOptions", agencyOptions());
            model.addAttribute("representativeOptions", representativeOptions());
        }
        return "hub/meeting";
    }

    private List<Option> agencyOptions() {
        List<Option> out = new ArrayList<>(List.of(new Option("", "Choose an agency")));
        out.addAll(Option.of(partnerships.agencies().stream().filter(Agency::active).toList(), a -> a.id().value(),
                Agency::name));
        return out;
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
        meeting(meetingId);
        try {
            hub.recordAttendance(new HubMeetingId(meetingId), agency == null ? null : new AgencyId(agency),
                    representative == null ? null : new StaffUserId(representative));
            flash.addFlashAttribute("success", "Attendance recorded. The representative can read the cases on the "
                    + "agenda until the end of the day.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/hub/meetings/" + meetingId;
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
        meeting(meetingId);
        try {
            hub.end(new HubMeetingId(meetingId));
            flash.addFlashAttribute("success", "Meeting ended. Cases not reached go onto the next meeting's agenda.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/hub/meetings/" + meetingId;
    }

    // ----------------------------------------------------------------------------------------- a case

    private AgendaCase hubCase(UUID meetingId, UUID caseId) {
        return hub.openCase(new HubMeetingId(meetingId), new HubCaseId(caseId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/hub/meetings/{meetingId}/cases/{caseId}")
    @PreAuthorize(MEETING_ROLES)
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
        model.addAttribute("c", row(c));
        model.addAttribute("referralId", c.referral().value());
        model.addAttribute("victimId", c.victim().value());
        model.addAttribute("information", hub.information(c.id()));
        model.addAttribute("actions", hub.actions(c.id()));
        model.addAttribute("coordinator", me.hasRole(Role.HUB_COORDINATOR));
        model.addAttribute("attendance", hub.attendance(m.id()));
        model.addAttribute("outcomeOptions", Arrays.stream(TriageOutcome.values())
                .map(o -> new Option(o.name(), o.label(), null, o.exclusive())).toList());
        model.addAttribute("subjectOptions", Option.of(ActionSubject::label, ActionSubject.values()));
        model.addAttribute("ownerOptions", agencyOptions());
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
    @PreAuthorize(MEETING_ROLES)
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
            LocalDate d = day(dueDate);
            LocalTime t = dueTime.isBlank() ? LocalTime.of(17, 0) : LocalTime.parse(dueTime.trim());
            due = d.atTime(t).atZone(Dates.UK).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("dueDate", "Enter the due date, for example 7 December 2026, and the time as 17:00");
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
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

    // ----------------------------------------------------------------------------------------- minutes

    /** A case in the minutes. */
    record MinutesCase(Row row, List<HubMeetings.Information> information, List<HubMeetings.Action> actions,
            String decisions) {
    }

    @GetMapping("/hub/meetings/{meetingId}/minutes")
    @PreAuthorize(MEETING_ROLES)
    @Audited(action = AuditAction.READ, recordType = "hub-meeting", ids = "#meetingId", reason = "'minutes'")
    String minutes(@PathVariable UUID meetingId, Model model) {
        Meeting m = meeting(meetingId);
        List<MinutesCase> cases = new ArrayList<>();
        for (AgendaCase c : hub.agenda(m.id())) {
            hub.openCase(m.id(), c.id());
            cases.add(new MinutesCase(row(c), hub.information(c.id()), hub.actions(c.id()), c.status().label()));
        }
        model.addAttribute("meeting", m);
        model.addAttribute("date", Dates.DAY.format(m.meetsOn()));
        model.addAttribute("attendance", hub.attendance(m.id()));
        model.addAttribute("cases", cases);
        return "hub/minutes";
    }

    /** The minutes as a PDF, every page marked OFFICIAL-SENSITIVE; the download is audited (EXPORT). */
    @GetMapping("/hub/meetings/{meetingId}/minutes.pdf")
    @PreAuthorize(MEETING_ROLES)
    @Audited(action = AuditAction.EXPORT, recordType = "hub-meeting", ids = "#meetingId", reason = "'minutes PDF downloaded'")
    org.springframework.http.ResponseEntity<byte[]> minutesPdf(@PathVariable UUID meetingId) {
        Meeting m = meeting(meetingId);
        List<MinutesCase> cases = new ArrayList<>();
        for (AgendaCase c : hub.agenda(m.id())) {
            hub.openCase(m.id(), c.id());
            cases.add(new MinutesCase(row(c), hub.information(c.id()), hub.actions(c.id()), c.status().label()));
        }
        byte[] pdf = MinutesPdf.render(m, hub.attendance(m.id()), cases,
                partnerships.current().map(org.hearth.partnership.Partnership::name).orElse(""));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("hub-minutes-" + m.meetsOn() + ".pdf").build().toString())
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    // ----------------------------------------------------------------------------------------- actions

    @GetMapping("/hub/actions")
    @PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE')")
    @Audited(action = AuditAction.READ, recordType = "hub-action", reason = "'my agency''s open actions'")
    String actions(Model model) {
        model.addAttribute("actions", hub.openActionsOfMyAgency());
        model.addAttribute("now", Instant.now());
        return "hub/actions";
    }

    @PostMapping("/hub/actions/{actionId}/done")
    @PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'PRACTITIONER', 'AGENCY_REPRESENTATIVE')")
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

    // ----------------------------------------------------------------------------------------- volumes

    @GetMapping("/hub/volumes")
    @PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN', 'ANALYST')")
    @NotAudited("counts per meeting and of the school notifications, and the names of schools: no person data")
    String volumes(@RequestParam(required = false) UUID area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        LocalDate end = parse(to, today());
        LocalDate start = parse(from, end.minusDays(27));
        if (start.isAfter(end)) {
            start = end;
        }
        List<HubMeetings.Volume> rows = hub.volumes(area == null ? null : new AreaId(area), start, end);
        List<Option> areas = new ArrayList<>(List.of(new Option("", "All areas")));
        areas.addAll(Option.of(partnerships.areas(), a -> a.id().value(), Area::name));
        model.addAttribute("areaOptions", areas);
        model.addAttribute("area", area);
        model.addAttribute("from", Dates.DAY.format(start));
        model.addAttribute("to", Dates.DAY.format(end));
        model.addAttribute("period", Dates.DAY.format(start) + " to " + Dates.DAY.format(end));
        model.addAttribute("rows", rows);
        model.addAttribute("total", Totals.of(rows));
        long days = rows.stream().map(HubMeetings.Volume::meetsOn).distinct().count();
        model.addAttribute("casesPerDay", days == 0 ? "None" : String.format(java.util.Locale.UK, "%.1f",
                (double) rows.stream().mapToInt(HubMeetings.Volume::cases).sum() / days));
        model.addAttribute("outcomes", hub.outcomes(area == null ? null : new AreaId(area), start, end).entrySet()
                .stream().map(e -> new Option(String.valueOf(e.getValue()), e.getKey().label())).toList());
        model.addAttribute("encompass", encompass.figures(start, end));
        return "hub/volumes";
    }

    private static LocalDate parse(String s, LocalDate otherwise) {
        try {
            return s == null || s.isBlank() ? otherwise : day(s);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    private static final java.time.format.DateTimeFormatter TYPED = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(java.util.Locale.UK);

    /** A day typed as "7 December 2026" (as the page shows dates) or 2026-12-07. */
    static LocalDate day(String typed) {
        String t = typed.trim();
        return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, TYPED);
    }

    /** A period's totals. */
    record Totals(int meetings, int cases, int decided, int decidedOutside, int carriedOver, int notReached,
            int actions, String casesPerMeeting, String minutesPerCase) {

        static Totals of(List<HubMeetings.Volume> rows) {
            int meetings = rows.size();
            int cases = rows.stream().mapToInt(HubMeetings.Volume::cases).sum();
            double minutes = rows.stream().filter(v -> v.minutesPerCase() != null)
                    .mapToDouble(v -> v.minutesPerCase() * v.decided()).sum();
            int timed = rows.stream().filter(v -> v.minutesPerCase() != null).mapToInt(HubMeetings.Volume::decided).sum();
            return new Totals(meetings, cases, rows.stream().mapToInt(HubMeetings.Volume::decided).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::decidedOutside).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::carriedOver).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::notReached).sum(),
                    rows.stream().mapToInt(HubMeetings.Volume::actions).sum(),
                    meetings == 0 ? "None" : String.format(java.util.Locale.UK, "%.1f", (double) cases / meetings),
                    timed == 0 ? "Not timed" : String.format(java.util.Locale.UK, "%.1f", minutes / timed));
        }
    }
}
