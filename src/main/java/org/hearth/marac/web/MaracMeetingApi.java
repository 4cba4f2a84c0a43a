package org.hearth.marac.web;

import org.hearth.access.Role;
import org.hearth.platform.Dates;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.marac.MaracAction;
import org.hearth.marac.MaracActionId;
import org.hearth.marac.MaracActions;
import org.hearth.marac.MaracMeetingId;
import org.hearth.marac.MaracMeetings;
import org.hearth.marac.MaracMeetings.Attendance;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.NewMaracAction;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The MARAC meeting and its actions as JSON, for a signed-in chair, coordinator or action owner (no API token: the
 * meeting is run by people). The same rules as the pages: {@link MaracMeetings} and {@link MaracActions} refuse
 * anyone else (403); bad input is a 400 problem naming each field.
 */
@RestController
@PreAuthorize(Role.WORKS_CASES)
class MaracMeetingApi {

    private final MaracMeetings meetings;
    private final MaracActions actions;

    MaracMeetingApi(MaracMeetings meetings, MaracActions actions) {
        this.meetings = meetings;
        this.actions = actions;
    }

    record CaseView(String referralId, String reference, boolean repeat, Integer riskScore, String outcome,
            int actions) {
    }

    record RunView(String meetingId, String maracId, LocalDate meetsOn, boolean published, Instant heldAt,
            Instant minutesIssuedAt, Map<String, String> attendance, List<CaseView> cases) {
    }

    record ProgressView(String note, String evidence, boolean completes, Instant recordedAt, String recordedBy) {
    }

    record ActionView(String id, String meetingId, String referralId, String reference, String subject,
            String description, String risk, String ownerId, LocalDate dueOn, boolean overdue, Instant closedAt,
            List<ProgressView> progress) {
    }

    static ActionView view(MaracAction a) {
        return new ActionView(a.id().toString(), a.meeting().toString(), a.referral().toString(), a.reference(),
                a.subject().name(), a.description(), a.risk(), a.owner().toString(), a.dueOn(),
                a.overdue(LocalDate.now(org.hearth.platform.Dates.UK)), a.closedAt(), a.progress().stream()
                        .map(p -> new ProgressView(p.note(), p.evidence(), p.completes(), p.recordedAt(),
                                p.recordedBy())).toList());
    }

    @GetMapping("/api/marac/meetings/{meetingId}/run")
    @NotAudited("references only; MaracMeetings audits the reading of the meeting")
    RunView run(@PathVariable UUID meetingId) {
        MaracMeetings.Run r = meetings.run(new MaracMeetingId(meetingId))
                .orElseThrow(() -> new java.util.NoSuchElementException("No such meeting"));
        Map<String, String> attendance = new LinkedHashMap<>();
        r.attendance().forEach((k, v) -> attendance.put(k.toString(), v.name()));
        return new RunView(r.meeting().id().toString(), r.marac().id().toString(), r.meeting().meetsOn(),
                r.meeting().published(), r.heldAt(), r.minutesIssuedAt(), attendance, r.cases().stream()
                        .map(c -> new CaseView(c.referral().toString(), c.reference(), c.repeat(), c.riskScore(),
                                c.outcome().name(), c.actions())).toList());
    }

    /** Attendance: agency id to PRESENT, DEPUTY, APOLOGIES or ABSENT. */
    record AttendanceRequest(Map<UUID, Attendance> attendance) {
    }

    @PutMapping("/api/marac/meetings/{meetingId}/attendance")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'attendance'")
    ResponseEntity<Void> attendance(@PathVariable UUID meetingId, @RequestBody AttendanceRequest body) {
        if (body == null || body.attendance() == null || body.attendance().isEmpty()) {
            throw InvalidInputException.of("attendance", "Give the attendance of at least one member agency");
        }
        Map<AgencyId, Attendance> map = new LinkedHashMap<>();
        body.attendance().forEach((k, v) -> {
            if (v == null) {
                throw InvalidInputException.of("attendance", "Give each agency's attendance");
            }
            map.put(new AgencyId(k), v);
        });
        meetings.recordAttendance(new MaracMeetingId(meetingId), map);
        return ResponseEntity.noContent().build();
    }

    record MinutesRequest(String minutes, String idvaUpdate, Boolean shareAddress, Boolean close) {
    }

    @PutMapping("/api/marac/meetings/{meetingId}/cases/{referralId}/minutes")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-case", ids = "{#meetingId, #referralId}")
    ResponseEntity<Void> minutes(@PathVariable UUID meetingId, @PathVariable UUID referralId,
            @RequestBody MinutesRequest body) {
        meetings.recordCase(new MaracMeetingId(meetingId), new MaracReferralId(referralId), body.minutes(),
                body.idvaUpdate(), Boolean.TRUE.equals(body.shareAddress()), Boolean.TRUE.equals(body.close()));
        return ResponseEntity.noContent().build();
    }

    record ActionRequest(MaracAction.Subject subject, String description, String risk, UUID ownerId, LocalDate dueOn) {
    }

    @PostMapping("/api/marac/meetings/{meetingId}/cases/{referralId}/actions")
    @Audited(action = AuditAction.CREATE, recordType = "marac-action", ids = "{#meetingId, #referralId}")
    ResponseEntity<ActionView> addAction(@PathVariable UUID meetingId, @PathVariable UUID referralId,
            @RequestBody ActionRequest body) {
        MaracAction a = meetings.addAction(new MaracMeetingId(meetingId), new MaracReferralId(referralId),
                new NewMaracAction(body.subject(), body.description(), body.risk(),
                        body.ownerId() == null ? null : new AgencyId(body.ownerId()), body.dueOn()));
        return ResponseEntity.created(URI.create("/api/marac/actions/" + a.id())).body(view(a));
    }

    @PostMapping("/api/marac/meetings/{meetingId}/cases/{referralId}/adjourn")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-case", ids = "{#meetingId, #referralId}",
            reason = "'adjourned'")
    ResponseEntity<Void> adjourn(@PathVariable UUID meetingId, @PathVariable UUID referralId) {
        meetings.adjourn(new MaracMeetingId(meetingId), new MaracReferralId(referralId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/marac/meetings/{meetingId}/held")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'held'")
    ResponseEntity<Void> held(@PathVariable UUID meetingId) {
        meetings.markHeld(new MaracMeetingId(meetingId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/marac/meetings/{meetingId}/minutes")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-meeting", ids = "#meetingId", reason = "'minutes issued'")
    ResponseEntity<Void> issue(@PathVariable UUID meetingId) {
        meetings.issueMinutes(new MaracMeetingId(meetingId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/marac/actions")
    @NotAudited("MaracActions audits the people behind the list")
    List<ActionView> mine() {
        return actions.mine().stream().map(MaracMeetingApi::view).toList();
    }

    @GetMapping("/api/marac/actions/overdue")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @NotAudited("MaracActions audits the people behind the list")
    List<ActionView> overdue() {
        return actions.overdue().stream().map(MaracMeetingApi::view).toList();
    }

    @GetMapping("/api/marac/actions/{id}")
    @Audited(action = AuditAction.READ, recordType = "marac-action", ids = "#id")
    ActionView one(@PathVariable UUID id) {
        return actions.find(new MaracActionId(id)).map(MaracMeetingApi::view)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such MARAC action"));
    }

    record ProgressRequest(String note, String evidence, Boolean complete) {
    }

    @PostMapping("/api/marac/actions/{id}/progress")
    @Audited(action = AuditAction.UPDATE, recordType = "marac-action", ids = "#id")
    ActionView progress(@PathVariable UUID id, @RequestBody ProgressRequest body) {
        return view(actions.progress(new MaracActionId(id), body.note(), body.evidence(),
                Boolean.TRUE.equals(body.complete())));
    }
}
