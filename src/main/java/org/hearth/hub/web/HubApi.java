package org.hearth.hub.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings;
import org.hearth.referrals.TriageOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub meeting's decisions as JSON, for a coordinator's session (no API token: decisions are a person's):
 * {@code POST /api/hub/meetings/{meetingId}/cases/{caseId}/decisions} with {@code {"outcomes": [...], "reason": "..."}}.
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
