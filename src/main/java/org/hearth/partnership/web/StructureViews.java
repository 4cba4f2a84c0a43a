package org.hearth.partnership.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AttendanceByAgency;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.MemberId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Representative;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.SummaryRow;

/**
 * The words, dates and rows the structures pages show, made from the partnership's groups and meetings: no request,
 * no model, no store, so each is unit-tested ({@code StructureViewsTest}).
 */
final class StructureViews {

    static final String UNKNOWN_AGENCY = "Unknown agency";

    private StructureViews() {
    }

    /** A row of the groups table. */
    record GroupRow(String id, String name, String kind, String reportsTo, int agencies, String lastMeeting,
            boolean active) {
    }

    /** A representative on a group's page. */
    record MemberRow(String id, String name, String role, String agency) {
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

    /** An agency or representative whose presence a meeting form asks for. */
    record Choice(String id, String name, String agency) {
    }

    static List<GroupRow> groupRows(List<PartnershipGroup> groups, Function<GroupId, List<Meeting>> meetings) {
        Map<GroupId, String> names = names(groups);
        return groups.stream().map(g -> {
            List<Meeting> held = meetings.apply(g.id());
            return new GroupRow(g.id().toString(), g.name(), g.kind().label(), reportsTo(g, names),
                    g.agencies().size(), held.isEmpty() ? "None recorded" : Dates.DAY.format(held.get(0).heldOn()),
                    g.active());
        }).toList();
    }

    static List<SummaryRow> summary(PartnershipGroup g, List<PartnershipGroup> groups) {
        String reportedToBy = groups.stream().filter(c -> g.id().equals(c.parent())).map(PartnershipGroup::name)
                .collect(Collectors.joining(", "));
        return List.of(
                new SummaryRow("Kind", g.kind().label()),
                new SummaryRow("Reports to", reportsTo(g, names(groups))),
                new SummaryRow("Reported to by", reportedToBy.isEmpty() ? "None" : reportedToBy),
                new SummaryRow("Chair", or(g.chair())),
                new SummaryRow("Status", g.active() ? "Open" : "Closed"));
    }

    static List<SummaryRow> terms(PartnershipGroup g) {
        return List.of(
                new SummaryRow("Purpose", or(g.terms().purpose())),
                new SummaryRow("Remit", or(g.terms().remit())),
                new SummaryRow("How often it meets", or(g.terms().frequency())),
                new SummaryRow("Quorum", or(g.terms().quorum())),
                new SummaryRow("Review date", g.terms().reviewOn() == null ? "Not recorded"
                        : Dates.DAY.format(g.terms().reviewOn())));
    }

    static List<String> agencies(PartnershipGroup g, Map<AgencyId, String> agencies) {
        return g.agencies().stream().map(a -> agencies.getOrDefault(a, UNKNOWN_AGENCY)).toList();
    }

    static List<MemberRow> members(PartnershipGroup g, Map<AgencyId, String> agencies) {
        return g.members().stream().map(m -> new MemberRow(m.id().toString(), m.name(), or(m.role()),
                agencies.getOrDefault(m.agency(), UNKNOWN_AGENCY))).toList();
    }

    static List<MeetingRow> meetings(List<Meeting> meetings) {
        return meetings.stream().map(m -> new MeetingRow(m.id().toString(), Dates.DAY.format(m.heldOn()),
                count(m, Presence.ATTENDED), count(m, Presence.APOLOGIES), count(m, Presence.ABSENT))).toList();
    }

    /** Each agency's presence at the meeting, by name. */
    static List<PresenceRow> agencyPresence(Meeting m, Map<AgencyId, String> agencies) {
        return m.agencies().entrySet().stream()
                .map(e -> presenceRow(agencies.getOrDefault(e.getKey(), UNKNOWN_AGENCY), null, e.getValue()))
                .sorted(Comparator.comparing(PresenceRow::who)).toList();
    }

    /** Each of the group's current representatives recorded at the meeting, by name, with their agency. */
    static List<PresenceRow> memberPresence(Meeting m, PartnershipGroup g, Map<AgencyId, String> agencies) {
        Map<MemberId, Representative> reps = new LinkedHashMap<>();
        g.members().forEach(r -> reps.put(r.id(), r));
        return m.members().entrySet().stream().filter(e -> reps.containsKey(e.getKey())).map(e -> {
            Representative r = reps.get(e.getKey());
            return presenceRow(r.name(), agencies.getOrDefault(r.agency(), ""), e.getValue());
        }).sorted(Comparator.comparing(PresenceRow::who)).toList();
    }

    static List<AttendanceRow> attendance(AttendanceByAgency.Result result, Map<AgencyId, String> agencies) {
        return result.rows().stream().map(r -> new AttendanceRow(
                agencies.getOrDefault(r.agency(), UNKNOWN_AGENCY),
                r.byQuarter().stream().map(q -> q.expected() == 0 ? "–" : q.attended() + " of " + q.expected()).toList(),
                r.recent().text(), r.overall().text(),
                r.lastMeetings().isEmpty() ? "None"
                        : r.lastMeetings().stream().map(Presence::label).collect(Collectors.joining(", ")),
                r.drifted(), r.reason())).toList();
    }

    static PresenceRow presenceRow(String who, String detail, Presence p) {
        return new PresenceRow(who, detail, p.label(), switch (p) {
            case ATTENDED -> "green";
            case APOLOGIES -> "yellow";
            case ABSENT -> "red";
        });
    }

    /** Plain text split into paragraphs at blank lines (single line breaks kept within a paragraph). */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").strip().split("\n\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    // the choices of the forms

    static List<Option> kindOptions() {
        return Option.of(GroupKind::label, GroupKind.values());
    }

    /** The groups this one may report to: none, or any group but itself (null when adding one). */
    static List<Option> parentOptions(List<PartnershipGroup> groups, PartnershipGroup editing) {
        List<Option> parents = new ArrayList<>(List.of(new Option("", "None: it reports to no other group")));
        parents.addAll(Option.of(groups.stream().filter(g -> editing == null || !g.id().equals(editing.id()))
                .toList(), PartnershipGroup::id, PartnershipGroup::name));
        return parents;
    }

    /** Active agencies, and any closed one the group already has (so editing never drops it). */
    static List<Option> memberAgencyOptions(List<Agency> agencies, PartnershipGroup editing) {
        return Option.of(agencies.stream().filter(a -> a.active()
                || (editing != null && editing.agencies().contains(a.id()))).toList(), Agency::id, Agency::name);
    }

    static final List<Option> STATUS_OPTIONS = List.of(new Option("true", "Open"), new Option("false", "Closed"));

    /** An active agency to choose for a representative, none chosen first. */
    static List<Option> representativeAgencyOptions(List<Agency> agencies) {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Select an agency")));
        options.addAll(Option.of(agencies.stream().filter(Agency::active).toList(), Agency::id, Agency::name));
        return options;
    }

    static List<Choice> agencyChoices(PartnershipGroup g, Map<AgencyId, String> agencies) {
        return g.agencies().stream()
                .map(a -> new Choice(a.toString(), agencies.getOrDefault(a, UNKNOWN_AGENCY), null)).toList();
    }

    static List<Choice> memberChoices(PartnershipGroup g, Map<AgencyId, String> agencies) {
        return g.members().stream()
                .map(r -> new Choice(r.id().toString(), r.name(), agencies.getOrDefault(r.agency(), ""))).toList();
    }

    static List<Option> presenceOptions() {
        return Option.of(Presence::label, Presence.values());
    }

    /** A representative's presence may be left unrecorded. */
    static List<Option> memberPresenceOptions() {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Not recorded")));
        options.addAll(presenceOptions());
        return options;
    }

    private static Map<GroupId, String> names(List<PartnershipGroup> groups) {
        return groups.stream().collect(Collectors.toMap(PartnershipGroup::id, PartnershipGroup::name));
    }

    private static String reportsTo(PartnershipGroup g, Map<GroupId, String> names) {
        return g.parent() == null ? "None" : names.getOrDefault(g.parent(), "None");
    }

    private static long count(Meeting m, Presence p) {
        return m.agencies().values().stream().filter(x -> x == p).count();
    }

    static String or(String s) {
        return s == null || s.isBlank() ? "Not recorded" : s;
    }
}
