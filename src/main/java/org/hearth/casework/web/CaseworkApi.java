package org.hearth.casework.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.audit.NotAudited;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseOutcomes;
import org.hearth.casework.Casework;
import org.hearth.casework.CourtSupport;
import org.hearth.casework.Outcome;
import org.hearth.casework.OutcomeAnswer;
import org.hearth.casework.OutcomeStage;
import org.hearth.casework.RiskLevel;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.web.ApiFieldNames;
import org.springframework.context.annotation.Bean;
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

    static final String READERS = Role.WORKS_CASES + " or hasAuthority('SCOPE_casework:read')";

    private final Casework casework;
    private final CaseOutcomes outcomes;
    private final CourtSupport court;

    CaseworkApi(Casework casework, CaseOutcomes outcomes, CourtSupport court) {
        this.casework = casework;
        this.outcomes = outcomes;
        this.court = court;
    }

    /** The casework module's field names as this API's JSON names them, for its problem details. */
    @Bean
    static ApiFieldNames caseworkApiFieldNames() {
        return ApiFieldNames.renaming(Map.of("service", "serviceId"), CaseworkApi.class);
    }

    private CaseId found(UUID id) {
        return casework.find(new CaseId(id)).map(Case::id)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such case"));
    }

    record OutcomeView(String id, String stage, LocalDate recordedOn, String risk, Map<String, String> answers,
            String notes) {
    }

    static OutcomeView view(Outcome o) {
        Map<String, String> answers = new java.util.TreeMap<>();
        o.answers().forEach((k, v) -> answers.put(k, v.name()));
        return new OutcomeView(o.id().toString(), o.stage().name(), o.recordedOn(), o.risk().name(), answers,
                o.notes());
    }

    @GetMapping("/api/casework/cases/{id}/outcomes")
    @PreAuthorize(READERS)
    List<OutcomeView> outcomes(@PathVariable UUID id) {
        return outcomes.outcomes(found(id)).stream().map(CaseworkApi::view).toList();
    }

    /** Outcomes as a system or a worker sends them: codes as text, so an unknown one is named as a field. */
    record OutcomeRequest(String stage, String recordedOn, String risk, Map<String, String> answers, String notes) {
    }

    @PostMapping("/api/casework/cases/{id}/outcomes")
    @PreAuthorize(Role.WORKS_CASES)
    ResponseEntity<OutcomeView> recordOutcome(@PathVariable UUID id, @RequestBody OutcomeRequest body) {
        CaseId c = found(id);
        Map<String, String> errors = new LinkedHashMap<>();
        OutcomeStage stage = code(OutcomeStage.class, body.stage(), "stage", errors);
        RiskLevel risk = code(RiskLevel.class, body.risk(), "risk", errors);
        LocalDate on = day(body.recordedOn(), "recordedOn", errors);
        Map<String, OutcomeAnswer> answers = new LinkedHashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((k, v) -> {
                OutcomeAnswer a = code(OutcomeAnswer.class, v, "answers." + k, errors);
                if (a != null) {
                    answers.put(k, a);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors); // codes or dates not understood: nothing is saved
        }
        try {
            Outcome o = outcomes.record(c, stage, on, risk, answers, body.notes());
            return ResponseEntity.created(URI.create("/api/casework/cases/" + id + "/outcomes")).body(view(o));
        } catch (InvalidInputException e) {
            e.errors().forEach((k, v) -> errors.putIfAbsent(k.startsWith("answer-") ? "answers." + k.substring(7) : k, v));
            throw new InvalidInputException(errors);
        }
    }

    /** A closing as sent: the reason's code, the day closed (yyyy-mm-dd), a note. */
    record CloseRequest(String reason, String closedOn, String note) {
    }

    @PostMapping("/api/casework/cases/{id}/close")
    @PreAuthorize(Role.WORKS_CASES)
    CaseView close(@PathVariable UUID id, @RequestBody CloseRequest body) {
        CaseId c = found(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = day(body.closedOn(), "closedOn", errors);
        InvalidInputException.refuseIfAny(errors);
        return view(outcomes.close(c, body.reason(), on, body.note()));
    }

    record CourtEventView(String id, String kind, LocalDate on, java.time.LocalTime time, String court, String details,
            String attendance) {
    }

    record MeasureView(String measure, String status, LocalDate requestedOn, LocalDate decidedOn) {
    }

    record CourtView(List<CourtEventView> events, List<MeasureView> specialMeasures) {
    }

    @GetMapping("/api/casework/cases/{id}/court")
    @PreAuthorize(READERS)
    CourtView court(@PathVariable UUID id) {
        CaseId c = found(id);
        return new CourtView(court.events(c).stream().map(e -> new CourtEventView(e.id().toString(), e.kind().name(),
                e.on(), e.time(), e.court(), e.details(), e.attendance() == null ? null : e.attendance().name())).toList(),
                court.measures(c).stream().map(m -> new MeasureView(m.measure().name(), m.status().name(),
                        m.requestedOn(), m.decidedOn())).toList());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Not one of: " + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
            return null;
        }
    }

    private static LocalDate day(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "A date as yyyy-mm-dd, for example 2026-03-27");
            return null;
        }
    }

    record CaseView(String id, String reference, String serviceId, String service, String kind, String personId,
            String source, LocalDate referredOn, String status, String workerId, LocalDate firstContactDue,
            Instant firstAttemptAt, Instant firstContactAt, String engagement, String pendingHandoverId,
            LocalDate closedOn, String closureReason) {
    }

    static CaseView view(Case c) {
        return new CaseView(c.id().toString(), c.reference(), c.service().toString(), c.serviceName(), c.kind().name(),
                c.person().toString(), c.source().name(), c.referredOn(), c.status().name(),
                c.worker() == null ? null : c.worker().toString(), c.firstContactDue(), c.firstAttemptAt(),
                c.firstContactAt(), c.engagement() == null ? null : c.engagement().name(),
                c.pendingHandover() == null ? null : c.pendingHandover().id().toString(), c.closedOn(),
                c.closureReason());
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
    @PreAuthorize(Role.WORKS_CASES
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
