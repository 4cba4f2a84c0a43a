package org.hearth.partnership.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AttendanceByAgency;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.Meeting;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Structures;
import org.hearth.platform.web.ApiProblems.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partnership's groups, their meetings and attendance by agency, for any signed-in member of staff (agencies and
 * their staff representatives, never a victim). Errors are problem details; an unknown group is 404.
 */
@RestController
@RequestMapping("/api/partnership/groups")
@NotAudited("groups and meetings are about agencies and their staff, not person data")
class StructuresApi {

    static final int MOST_QUARTERS = 20;

    private final Structures structures;
    private final Partnerships partnerships;

    StructuresApi(Structures structures, Partnerships partnerships) {
        this.structures = structures;
        this.partnerships = partnerships;
    }

    /** A group as the API shows it. */
    record GroupView(String id, String name, GroupKind kind, String parentId, String chair, TermsView terms,
            List<AgencyView> agencies, List<MemberView> members, boolean active) {
    }

    record TermsView(String purpose, String remit, String frequency, String quorum, LocalDate reviewOn) {
    }

    record AgencyView(String id, String name) {
    }

    record MemberView(String id, String name, String role, String agencyId) {
    }

    record MeetingView(String id, String groupId, LocalDate heldOn, String minutes, String decisions,
            Map<String, Presence> agencies, Map<String, Presence> members) {
    }

    record AttendanceView(String groupId, LocalDate asOf, String rule, List<QuarterView> quarters,
            List<AgencyAttendanceView> agencies) {
    }

    record QuarterView(LocalDate from, LocalDate to, String label) {
    }

    record RateView(int meetings, int attended, Integer percent) {

        static RateView of(AttendanceByAgency.Rate r) {
            return new RateView(r.expected(), r.attended(), r.percent());
        }
    }

    record AgencyAttendanceView(String agencyId, String agency, List<RateView> byQuarter, RateView lastSixMonths,
            RateView overall, List<Presence> lastMeetings, boolean driftedAway, String reason) {
    }

    @GetMapping
    List<GroupView> groups() {
        Map<AgencyId, String> names = agencyNames();
        return structures.groups().stream().map(g -> view(g, names)).toList();
    }

    @GetMapping("/{id}")
    GroupView group(@PathVariable UUID id) {
        return view(find(id), agencyNames());
    }

    @GetMapping("/{id}/meetings")
    List<MeetingView> meetings(@PathVariable UUID id) {
        return structures.meetings(find(id).id()).stream().map(StructuresApi::view).toList();
    }

    @GetMapping("/{id}/attendance")
    ResponseEntity<?> attendance(@PathVariable UUID id, @RequestParam(required = false) Integer quarters) {
        PartnershipGroup g = find(id);
        int count = quarters == null ? GroupsController.QUARTERS : quarters;
        if (count < 1 || count > MOST_QUARTERS) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "quarters must be a whole number from 1 to " + MOST_QUARTERS + ".");
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(new FieldProblem("quarters", "Must be from 1 to " + MOST_QUARTERS)));
            return ResponseEntity.badRequest().body(problem);
        }
        Map<AgencyId, String> names = agencyNames();
        LocalDate today = structures.today();
        AttendanceByAgency.Result result = AttendanceByAgency.of(structures.meetings(g.id()), today, count);
        return ResponseEntity.ok(new AttendanceView(g.id().toString(), today, AttendanceByAgency.RULE,
                result.quarters().stream().map(q -> new QuarterView(q.start(), q.end(), q.label())).toList(),
                result.rows().stream().map(r -> new AgencyAttendanceView(r.agency().toString(),
                        names.getOrDefault(r.agency(), "Unknown agency"),
                        r.byQuarter().stream().map(RateView::of).toList(), RateView.of(r.recent()),
                        RateView.of(r.overall()), r.lastMeetings(), r.drifted(), r.reason())).toList()));
    }

    private PartnershipGroup find(UUID id) {
        return structures.group(new GroupId(id)).orElseThrow(NoSuchElementException::new);
    }

    private Map<AgencyId, String> agencyNames() {
        return partnerships.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    private static GroupView view(PartnershipGroup g, Map<AgencyId, String> names) {
        return new GroupView(g.id().toString(), g.name(), g.kind(), g.parent() == null ? null : g.parent().toString(),
                g.chair(), new TermsView(g.terms().purpose(), g.terms().remit(), g.terms().frequency(),
                        g.terms().quorum(), g.terms().reviewOn()),
                g.agencies().stream().map(a -> new AgencyView(a.toString(), names.getOrDefault(a, "Unknown agency")))
                        .toList(),
                g.members().stream().map(m -> new MemberView(m.id().toString(), m.name(), m.role(),
                        m.agency().toString())).toList(),
                g.active());
    }

    private static MeetingView view(Meeting m) {
        return new MeetingView(m.id().toString(), m.group().toString(), m.heldOn(), m.minutes(), m.decisions(),
                m.agencies().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                        .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue, (a, b) -> a,
                                java.util.LinkedHashMap::new)),
                m.members().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                        .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue, (a, b) -> a,
                                java.util.LinkedHashMap::new)));
    }
}
