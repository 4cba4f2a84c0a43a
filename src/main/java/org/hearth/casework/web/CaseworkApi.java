package org.hearth.casework.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.audit.NotAudited;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.Casework;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases as JSON: a worker's own ({@code ?worker=me}), a case and its contact attempts, for a casework session or a
 * provider's own case system (scope {@code casework:read}: its agency's cases only); referrals in with scope
 * {@code casework-referrals:write}. Ids and codes, never a name or address.
 */
@RestController
@NotAudited("the casework module audits every case it returns with the person's id")
class CaseworkApi {

    static final String READERS = "hasAnyRole('HUB_COORDINATOR','PRACTITIONER','AGENCY_REPRESENTATIVE')"
            + " or hasAuthority('SCOPE_casework:read')";

    private final Casework casework;

    CaseworkApi(Casework casework) {
        this.casework = casework;
    }

    record CaseView(String id, String reference, String serviceId, String service, String kind, String personId,
            String source, LocalDate referredOn, String status, String workerId, LocalDate firstContactDue,
            Instant firstAttemptAt, Instant firstContactAt, String engagement, String pendingHandoverId) {
    }

    static CaseView view(Case c) {
        return new CaseView(c.id().toString(), c.reference(), c.service().toString(), c.serviceName(), c.kind().name(),
                c.person().toString(), c.source().name(), c.referredOn(), c.status().name(),
                c.worker() == null ? null : c.worker().toString(), c.firstContactDue(), c.firstAttemptAt(),
                c.firstContactAt(), c.engagement() == null ? null : c.engagement().name(),
                c.pendingHandover() == null ? null : c.pendingHandover().id().toString());
    }

    record ContactView(String id, Instant attemptedAt, String method, String outcome, boolean unsafeChannel,
            Instant acknowledgedAt) {
    }

    /**
     * {@code worker=me}: the signed-in worker's open cases. Without it (or with a worker's id), an API client reads
     * its agency's cases; staff must ask for their own.
     */
    @GetMapping("/api/casework/cases")
    @PreAuthorize(READERS)
    List<CaseView> cases(@RequestParam(required = false) String worker) {
        Actor me = Actor.current().orElseThrow();
        if ("me".equals(worker)) {
            if (me.apiClient()) {
                throw InvalidInputException.of("worker", "A system has no cases of its own: leave out worker, or give a worker's id");
            }
            return casework.myCases().stream().map(CaseworkApi::view).toList();
        }
        if (!me.apiClient()) {
            throw InvalidInputException.of("worker", "Ask for your own cases with worker=me");
        }
        StaffUserId w = null;
        if (worker != null && !worker.isBlank()) {
            try {
                w = new StaffUserId(UUID.fromString(worker.strip()));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("worker", "Give worker=me or a worker's id");
            }
        }
        return casework.agencyCases(me.agency(), w).stream().map(CaseworkApi::view).toList();
    }

    @GetMapping("/api/casework/cases/{id}")
    @PreAuthorize(READERS)
    CaseView one(@PathVariable UUID id) {
        return casework.find(new CaseId(id)).map(CaseworkApi::view)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
    }

    @GetMapping("/api/casework/cases/{id}/contacts")
    @PreAuthorize(READERS)
    List<ContactView> contacts(@PathVariable UUID id) {
        CaseId c = casework.find(new CaseId(id)).map(Case::id)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
        return casework.contacts(c).stream().map(a -> new ContactView(a.id().toString(), a.attemptedAt(),
                a.method().name(), a.outcome().name(), a.unsafeChannel(), a.acknowledgedAt())).toList();
    }

    /** A referral to a service as a system sends it. */
    record ReferralRequest(UUID personId, UUID serviceId, String reason) {
    }

    @PostMapping("/api/casework/cases")
    @PreAuthorize("hasAnyRole('HUB_COORDINATOR','PRACTITIONER','AGENCY_REPRESENTATIVE')"
            + " or hasAuthority('SCOPE_casework-referrals:write')")
    ResponseEntity<CaseView> refer(@RequestBody ReferralRequest body) {
        if (body.personId() == null) {
            throw InvalidInputException.of("personId", "Give the person's id");
        }
        Case c = casework.refer(new PersonId(body.personId()),
                body.serviceId() == null ? null : new CaseServiceId(body.serviceId()), body.reason(), CaseSource.API);
        return ResponseEntity.created(URI.create("/api/casework/cases/" + c.id())).body(view(c));
    }
}
