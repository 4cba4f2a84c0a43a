package org.hearth.encompass.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.GpPractice;
import org.hearth.encompass.GpPracticeChanges;
import org.hearth.encompass.GpPracticeId;
import org.hearth.encompass.GpPractices;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The GP practices register as JSON, for a hub coordinator's or administrator's session (as the schools API):
 * {@code GET /api/encompass/gp-practices} (every practice with its figures), {@code POST} (201 with the practice),
 * {@code GET} and {@code PUT /api/encompass/gp-practices/{id}} (the area is kept); 400 problem details naming each
 * field ({@code area}, {@code name}, {@code odsCode}, {@code contactName}, {@code contactEmail},
 * {@code routineEnquiry}), 404 for an unknown practice.
 */
@RestController
@RequestMapping("/api/encompass/gp-practices")
@PreAuthorize(EncompassRoles.KEEPERS)
class GpPracticeApi {

    private final GpPractices practices;

    GpPracticeApi(GpPractices practices) {
        this.practices = practices;
    }

    /** A practice as the API gives it; the figures only in the list. */
    record PracticeJson(String id, String area, String name, String odsCode, String contactName, String contactEmail,
            String routineEnquiry, List<String> contacts, Integer notifications, Integer routineEnquiryReferrals) {
    }

    /** A new practice or a change ({@code area} only when adding). */
    record Body(String area, String name, String odsCode, String contactName, String contactEmail,
            String routineEnquiry) {

        GpPracticeChanges changes() {
            return new GpPracticeChanges(area, name, odsCode, contactName, contactEmail, routineEnquiry);
        }
    }

    private PracticeJson json(GpPractice p, Integer notifications, Integer yield) {
        return new PracticeJson(p.id().toString(), p.area().value().toString(), p.name(), p.odsCode(),
                p.contactName(), p.contactEmail(), p.routineEnquiry().name(),
                practices.contacts(p.id()).stream().map(StaffUserId::toString).toList(), notifications, yield);
    }

    private GpPractice practice(UUID id) {
        return practices.find(new GpPracticeId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    @NotAudited("practices and their safeguarding leads' work contacts, with counts: no person at risk")
    List<PracticeJson> list() {
        return practices.register().stream()
                .map(f -> json(f.practice(), f.notifications(), f.routineEnquiryReferrals())).toList();
    }

    @GetMapping("/{id}")
    @NotAudited("a practice's details and its key adults' account ids: no person at risk")
    PracticeJson read(@PathVariable UUID id) {
        return json(practice(id), null, null);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Audited(action = AuditAction.CREATE, recordType = "gp-practice", reason = "'added (API)'")
    ResponseEntity<PracticeJson> create(@RequestBody Body body) {
        GpPracticeId id = practices.add(body.changes());
        return ResponseEntity.created(URI.create("/api/encompass/gp-practices/" + id)).body(json(practice(id.value()),
                null, null));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Audited(action = AuditAction.UPDATE, recordType = "gp-practice", ids = "#id", reason = "'changed (API)'")
    PracticeJson update(@PathVariable UUID id, @RequestBody Body body) {
        GpPractice p = practice(id);
        try {
            practices.update(p.id(), body.changes());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return json(practice(id), null, null);
    }
}
