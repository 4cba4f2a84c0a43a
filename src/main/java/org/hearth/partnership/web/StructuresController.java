package org.hearth.partnership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.platform.web.Option;
import org.hearth.platform.Dates;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AttendanceByAgency;
import org.hearth.partnership.DuplicateNameException;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.MeetingDetails;
import org.hearth.partnership.MeetingId;
import org.hearth.partnership.MemberId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Representative;
import org.hearth.partnership.Structures;
import org.hearth.platform.NavigationItem;
import org.hearth.platform.NavigationSection;
import org.hearth.platform.web.SummaryRow;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's structures: its groups with their reporting lines (an SVG diagram beside a nested list), each
 * group's terms of reference, members and meetings, a meeting's minutes and attendance, and attendance by agency over
 * time with the agencies that have drifted away. Every member of staff reads them (organisations and their staff
 * representatives, no victim's data); partnership coordinators and administrators manage them.
 */
@Controller
@RequestMapping("/partnership/groups")
@NotAudited("groups and meetings are about agencies and their staff, not person data; Structures audits every change")
class StructuresController {

    static final String MANAGE = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";
    static final DateTimeFormatter DATE = Dates.DAY;
    static final int QUARTERS = 6;

    private final Structures structures;
    private final Partnerships partnerships;

    StructuresController(Structures structures, Partnerships partnerships) {
        this.structures = structures;
        this.partnerships = partnerships;
    }

    /** Everyone signed in (the access module's SIGNED_IN authority; partnership sits below access). */
    @Bean
    static NavigationItem groupsNavigation() {
        return new NavigationItem("Groups", "/partnership/groups", 63, "SIGNED_IN").in(NavigationSection.PARTNERSHIP);
    }

    /** A row of the groups table. */
    record GroupRow(String id, String name, String kind, String reportsTo, int agencies, String lastMeeting,
            boolean active) {
    }

    /** A meeting in a group's list. */
    record MeetingRow(String id, String date, long attended, long apologies, long absent) {
    }

    /** A row of the attendance table: the agency, its quarters, recent and overall rates, its last meetings. */
    record AttendanceRow(String agency, List<String> quarters, String recent, String overall, String last,
            boolean drifted, String reason) {
    }

    /** One agency's or representative's presence at a meeting. */
    record PresenceRow(String who, String detail, String presence, String colour) {
    }

    @GetMapping
    String groups(Model model, Authentication auth) {
        List<PartnershipGroup> groups = structures.groups();
        Map<GroupId, String> names = groups.stream().collect(Collectors.toMap(PartnershipGroup::id,
                PartnershipGroup::name));
        model.addAttribute("groups", groups.stream().map(g -> {
            List<Meeting> meetings = structures.meetings(g.id());
            return new GroupRow(g.id().toString(), g.name(), g.kind().label(),
                    g.parent() == null ? "None" : names.getOrDefault(g.parent(), "None"), g.agencies().size(),
                    meetings.isEmpty() ? "None recorded" : DATE.format(meetings.get(0).heldOn()), g.active());
        }).toList());
        model.addAttribute("diagram", ReportingLines.of(groups));
        model.addAttribute("canManage", canManage(auth));
        return "partnership/groups";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newGroup(Model model) {
        model.addAttribute("groupForm", new GroupForm());
        return groupForm(model, null);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(@ModelAttribute("groupForm") GroupForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        GroupDetails details = form.validate(result, groupIds(), agencyIds());
        if (details != null) {
            try {
                PartnershipGroup group = structures.create(details);
                redirect.addFlashAttribute("success", "Group added: " + group.name());
                return "redirect:/partnership/groups/" + group.id();
            } catch (DuplicateNameException e) {
                result.rejectValue("name", "duplicate", "A group with that name already exists");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return groupForm(model, null);
    }

    @GetMapping("/{id}")
    String group(@PathVariable UUID id, Model model, Authentication auth) {
        PartnershipGroup g = find(id);
        Map<AgencyId, String> agencies = agencyNames();
        Map<GroupId, String> names = structures.groups().stream()
                .collect(Collectors.toMap(PartnershipGroup::id, PartnershipGroup::name));
        model.addAttribute("group", g);
        model.addAttribute("summary", List.of(
                new SummaryRow("Kind", g.kind().label()),
                new SummaryRow("Reports to", g.parent() == null ? "None" : names.getOrDefault(g.parent(), "None")),
                new SummaryRow("Reported to by", String.join(", ", structures.groups().stream()
                        .filter(c -> g.id().equals(c.parent())).map(PartnershipGroup::name).toList()).transform(
                                s -> s.isEmpty() ? "None" : s)),
                new SummaryRow("Chair", or(g.chair())),
                new SummaryRow("Status", g.active() ? "Open" : "Closed")));
        model.addAttribute("terms", List.of(
                new SummaryRow("Purpose", or(g.terms().purpose())),
                new SummaryRow("Remit", or(g.terms().remit())),
                new SummaryRow("How often it meets", or(g.terms().frequency())),
                new SummaryRow("Quorum", or(g.terms().quorum())),
                new SummaryRow("Review date", g.terms().reviewOn() == null ? "Not recorded"
                        : DATE.format(g.terms().reviewOn()))));
        model.addAttribute("agencies", g.agencies().stream().map(a -> agencies.getOrDefault(a, "Unknown agency"))
                .toList());
        model.addAttribute("members", g.members().stream().map(m -> Map.of("id", m.id().toString(), "name", m.name(),
                "role", or(m.role()), "agency", agencies.getOrDefault(m.agency(), "Unknown agency"))).toList());
        model.addAttribute("meetings", structures.meetings(g.id()).stream().map(m -> new MeetingRow(
                m.id().toString(), DATE.format(m.heldOn()), count(m, Presence.ATTENDED), count(m, Presence.APOLOGIES),
                count(m, Presence.ABSENT))).toList());
        model.addAttribute("canManage", canManage(auth));
        return "partnership/group";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String edit(@PathVariable UUID id, Model model) {
        PartnershipGroup g = find(id);
        model.addAttribute("groupForm", GroupForm.of(g));
        return groupForm(model, g);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGE)
    String update(@PathVariable UUID id, @ModelAttribute("groupForm") GroupForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PartnershipGroup g = find(id);
        GroupDetails details = form.validate(result, groupIds(), agencyIds());
        if (details != null) {
            try {
                structures.update(g.id(), details);
                redirect.addFlashAttribute("success", "Group changed: " + details.name());
                return "redirect:/partnership/groups/" + g.id();
            } catch (DuplicateNameException e) {
                result.rejectValue("name", "duplicate", "A group with that name already exists");
            } catch (IllegalArgumentException e) {
                result.rejectValue("parent", "loop", "A group cannot report to itself or to a group that reports to it");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return groupForm(model, g);
    }

    @GetMapping("/{id}/members/new")
    @PreAuthorize(MANAGE)
    String newMember(@PathVariable UUID id, Model model) {
        model.addAttribute("memberForm", new MemberForm());
        return memberForm(model, find(id));
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(MANAGE)
    String addMember(@PathVariable UUID id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PartnershipGroup g = find(id);
        AgencyId agency = form.validate(result, agencyIds());
        if (agency == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return memberForm(model, g);
        }
        Representative r = structures.addMember(g.id(), form.getName(), form.getRole(), agency);
        redirect.addFlashAttribute("success", "Representative added: " + r.name());
        return "redirect:/partnership/groups/" + g.id();
    }

    @PostMapping("/{id}/members/{memberId}/remove")
    @PreAuthorize(MANAGE)
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
        PartnershipGroup g = find(id);
        try {
            structures.removeMember(g.id(), new MemberId(memberId));
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "Representative taken off the group");
        return "redirect:/partnership/groups/" + g.id();
    }

    @GetMapping("/{id}/meetings/new")
    @PreAuthorize(MANAGE)
    String newMeeting(@PathVariable UUID id, Model model) {
        PartnershipGroup g = find(id);
        MeetingForm form = new MeetingForm();
        g.agencies().forEach(a -> form.getAgency().put(a.toString(), ""));
        model.addAttribute("meetingForm", form);
        return meetingForm(model, g);
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize(MANAGE)
    String recordMeeting(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PartnershipGroup g = find(id);
        MeetingDetails details = form.validate(result, g, structures.today(), agencyNames());
        if (details == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return meetingForm(model, g);
        }
        Meeting m = structures.recordMeeting(g.id(), details);
        redirect.addFlashAttribute("success", "Meeting of " + DATE.format(m.heldOn()) + " recorded");
        return "redirect:/partnership/groups/" + g.id() + "/meetings/" + m.id();
    }

    @GetMapping("/{id}/meetings/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        PartnershipGroup g = find(id);
        Meeting m = structures.meeting(new MeetingId(meetingId)).filter(x -> x.group().equals(g.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<AgencyId, String> agencies = agencyNames();
        model.addAttribute("group", g);
        model.addAttribute("date", DATE.format(m.heldOn()));
        model.addAttribute("minutes", paragraphs(m.minutes()));
        model.addAttribute("decisions", paragraphs(m.decisions()));
        model.addAttribute("agencies", m.agencies().entrySet().stream()
                .map(e -> presenceRow(agencies.getOrDefault(e.getKey(), "Unknown agency"), null, e.getValue()))
                .sorted(java.util.Comparator.comparing(PresenceRow::who)).toList());
        Map<MemberId, Representative> reps = new LinkedHashMap<>();
        g.members().forEach(r -> reps.put(r.id(), r));
        model.addAttribute("members", m.members().entrySet().stream().filter(e -> reps.containsKey(e.getKey()))
                .map(e -> {
                    Representative r = reps.get(e.getKey());
                    return presenceRow(r.name(), agencies.getOrDefault(r.agency(), ""), e.getValue());
                }).sorted(java.util.Comparator.comparing(PresenceRow::who)).toList());
        return "partnership/meeting";
    }

    @GetMapping("/{id}/attendance")
    String attendance(@PathVariable UUID id, Model model) {
        PartnershipGroup g = find(id);
        Map<AgencyId, String> agencies = agencyNames();
        AttendanceByAgency.Result result = AttendanceByAgency.of(structures.meetings(g.id()), structures.today(),
                QUARTERS);
        model.addAttribute("group", g);
        model.addAttribute("quarters", result.quarters().stream().map(AttendanceByAgency.Quarter::label).toList());
        model.addAttribute("rows", result.rows().stream().map(r -> new AttendanceRow(
                agencies.getOrDefault(r.agency(), "Unknown agency"),
                r.byQuarter().stream().map(q -> q.expected() == 0 ? "–" : q.attended() + " of " + q.expected()).toList(),
                r.recent().text(), r.overall().text(),
                r.lastMeetings().isEmpty() ? "None" : String.join(", ", r.lastMeetings().stream().map(Presence::label)
                        .toList()),
                r.drifted(), r.reason())).toList());
        model.addAttribute("drifted", result.drifted().size());
        model.addAttribute("rule", AttendanceByAgency.RULE);
        model.addAttribute("today", DATE.format(structures.today()));
        return "partnership/attendance";
    }

    private static PresenceRow presenceRow(String who, String detail, Presence p) {
        return new PresenceRow(who, detail, p.label(), switch (p) {
            case ATTENDED -> "green";
            case APOLOGIES -> "yellow";
            case ABSENT -> "red";
        });
    }

    private static long count(Meeting m, Presence p) {
        return m.agencies().values().stream().filter(x -> x == p).count();
    }

    /** Plain text split into paragraphs at blank lines (single line breaks kept within a paragraph). */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").strip().split("\n\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private String groupForm(Model model, PartnershipGroup editing) {
        Set<GroupId> excluded = new HashSet<>();
        if (editing != null) {
            excluded.add(editing.id());
        }
        model.addAttribute("editing", editing);
        model.addAttribute("kindOptions", Option.of(GroupKind::label, GroupKind.values()));
        List<Option> parents = new ArrayList<>(List.of(new Option("", "None: it reports to no other group")));
        parents.addAll(Option.of(structures.groups().stream().filter(g -> !excluded.contains(g.id())).toList(),
                PartnershipGroup::id, PartnershipGroup::name));
        model.addAttribute("parentOptions", parents);
        model.addAttribute("agencyOptions", Option.of(partnerships.agencies().stream().filter(a -> a.active()
                || (editing != null && editing.agencies().contains(a.id()))).toList(), a -> a.id(), a -> a.name()));
        model.addAttribute("statusOptions", List.of(new Option("true", "Open"), new Option("false", "Closed")));
        model.addAttribute("fields", GroupForm.FIELDS);
        return "partnership/group-form";
    }

    private String memberForm(Model model, PartnershipGroup g) {
        model.addAttribute("group", g);
        List<Option> agencies = new ArrayList<>(List.of(new Option("", "Select an agency")));
        agencies.addAll(Option.of(partnerships.agencies().stream().filter(Agency::active).toList(), a -> a.id(),
                Agency::name));
        model.addAttribute("agencyOptions", agencies);
        model.addAttribute("fields", MemberForm.FIELDS);
        return "partnership/member-form";
    }

    private String meetingForm(Model model, PartnershipGroup g) {
        Map<AgencyId, String> agencies = agencyNames();
        model.addAttribute("group", g);
        model.addAttribute("agencyChoices", g.agencies().stream()
                .map(a -> Map.of("id", a.toString(), "name", agencies.getOrDefault(a, "Unknown agency"))).toList());
        model.addAttribute("memberChoices", g.members().stream().map(r -> Map.of("id", r.id().toString(), "name",
                r.name(), "agency", agencies.getOrDefault(r.agency(), ""))).toList());
        List<Option> presences = Option.of(Presence::label, Presence.values());
        model.addAttribute("presenceOptions", presences);
        List<Option> memberPresences = new ArrayList<>(List.of(new Option("", "Not recorded")));
        memberPresences.addAll(presences);
        model.addAttribute("memberPresenceOptions", memberPresences);
        model.addAttribute("fields", MeetingForm.fields(g));
        return "partnership/meeting-form";
    }

    private PartnershipGroup find(UUID id) {
        return structures.group(new GroupId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Set<GroupId> groupIds() {
        return structures.groups().stream().map(PartnershipGroup::id).collect(Collectors.toSet());
    }

    private Set<AgencyId> agencyIds() {
        return partnerships.agencies().stream().map(Agency::id).collect(Collectors.toSet());
    }

    private Map<AgencyId, String> agencyNames() {
        return partnerships.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? "Not recorded" : s;
    }

    private static boolean canManage(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals("ROLE_PARTNERSHIP_COORDINATOR") || a.getAuthority().equals("ROLE_SYSTEM_ADMIN"));
    }
}
