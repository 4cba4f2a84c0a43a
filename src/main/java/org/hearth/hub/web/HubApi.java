package org.hearth.hub.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.partnership.AreaId;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.TriageOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub meeting's decisions as JSON, for a coordinator's session (no API token: decisions are a person's):
 * {@code POST /api/hub/meetings/{meetingId}/cases/{caseId}/decisions} with {@code {"outcomes": [...], "reason": "..."}};
 * the cases with no area ({@code GET /api/hub/unplaced}, ids only) and placing one in an area
 * ({@code POST /api/hub/unplaced/{referralId}} with {@code {"area": "<id>"}}).
 * Invalid input answers 400 with problem details naming each field ({@code outcomes}, {@code reason}).
 */
@RestController
class HubApi {

    private final HubMeetings hub;

    HubApi(HubMeetings hub) {
        this.hub = hub;
    }

    record Decisions(List<TriageOutcome> outcomes, String reason) {
    }

    record Decided(String caseId, List<TriageOutcome> outcomes) {
    }

    /** A case with no area, ids only (the victim by id: the list is audited as a search of the referrals). */
    record UnplacedJson(String referralId, String reference, String source, String receivedOn, String victimId,
            String riskGrade, Integer score, int children) {
    }

    /** Where a hub coordinator places a case: the area's id. */
    record Placement(String area) {
    }

    /** A case placed: its area, and the meeting whose agenda it joined at once (null: the next one built). */
    record Placed(String referralId, String area, String meetingId) {
    }

    @GetMapping("/api/hub/unplaced")
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.SEARCH, recordType = "referral", reason = "'hub: cases with no area (API)'")
    List<UnplacedJson> unplaced() {
        return hub.withoutArea().stream().map(u -> new UnplacedJson(u.referral().toString(), u.reference(),
                u.source() == null ? null : u.source().name(), u.receivedOn().toString(),
                u.victim() == null ? null : u.victim().toString(), u.grade() == null ? null : u.grade().name(),
                u.score(), u.children())).toList();
    }

    /**
     * Places a case whose area nobody knew: {@code POST /api/hub/unplaced/{referralId}} with {@code {"area": "<id>"}}.
     * 200 with the area and the meeting it joined; 400 problem details naming {@code area} (missing, not an id, an
     * unknown area, or a referral that already has one); 404 for an unknown referral.
     */
    @PostMapping(value = "/api/hub/unplaced/{referralId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "referral", ids = "#referralId", reason = "'area chosen by the hub (API)'")
    Placed place(@PathVariable UUID referralId, @RequestBody(required = false) Placement body) {
        UUID area;
        try {
            area = body == null || body.area() == null || body.area().isBlank() ? null
                    : UUID.fromString(body.area().strip());
        } catch (IllegalArgumentException e) {
            area = null;
        }
        if (area == null) {
            throw InvalidInputException.of("area", "Choose an area: give its id");
        }
        Optional<HubMeetingId> joined = hub.place(new ReferralId(referralId), new AreaId(area));
        return new Placed(referralId.toString(), area.toString(), joined.map(HubMeetingId::toString).orElse(null));
    }

    @PostMapping(value = "/api/hub/meetings/{meetingId}/cases/{caseId}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Audited(action = AuditAction.UPDATE, recordType = "hub-case", ids = "#caseId", reason = "'decisions (API)'")
    ResponseEntity<?> decide(@PathVariable UUID meetingId, @PathVariable UUID caseId, @RequestBody Decisions body) {
        if (hub.openCase(new HubMeetingId(meetingId), new HubCaseId(caseId)).isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such case on this meeting.");
            problem.setTitle("Not found");
            return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Set<TriageOutcome> outcomes = body.outcomes() == null ? Set.of()
                : TriageOutcome.sorted(body.outcomes().stream().filter(java.util.Objects::nonNull).toList());
        try {
            hub.decide(new HubCaseId(caseId), outcomes, body.reason());
        } catch (IllegalStateException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The case is already decided.");
            problem.setTitle("Already decided");
            return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new Decided(caseId.toString(), List.copyOf(outcomes)));
    }
}
