package org.hearth.encompass.web;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.encompass.School;
import org.hearth.encompass.SchoolChanges;
import org.hearth.encompass.SchoolId;
import org.hearth.encompass.Schools;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The schools register as JSON, for a hub coordinator's or administrator's session: read a school
 * ({@code GET /api/encompass/schools/{id}}), change its details, terms and non-school days
 * ({@code PUT}; 400 problem details naming each field), and unlink a key adult's account
 * ({@code DELETE /api/encompass/schools/{id}/contacts/{userId}}: their access ends at once).
 */
@RestController
@RequestMapping("/api/encompass/schools")
@PreAuthorize(EncompassRoles.KEEPERS)
class SchoolApi {

    private final Schools schools;

    SchoolApi(Schools schools) {
        this.schools = schools;
    }

    /** A school as the API gives it. */
    record SchoolJson(String id, String area, String name, String urn, String phase, String leadName,
            String leadEmail, String deputyName, String deputyEmail, String startsAt, List<String> terms,
            List<String> closures, List<String> contacts) {
    }

    /**
     * A change: every field, as the register holds it; terms as {@code 2026-09-03..2026-10-23} (as given) or as the page
     * takes them ({@code 3/9/2026 to 23/10/2026}); a refusal names an item of a list as "Line N".
     */
    record Change(String name, String urn, String phase, String leadName, String leadEmail, String deputyName,
            String deputyEmail, String startsAt, List<String> terms, List<String> closures) {
    }

    private School school(UUID id) {
        return schools.find(new SchoolId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SchoolJson json(School s) {
        return new SchoolJson(s.id().toString(), s.area().value().toString(), s.name(), s.urn(), s.phase().name(),
                s.leadName(), s.leadEmail(), s.deputyName(), s.deputyEmail(), s.startsAt().toString(),
                schools.terms(s.id()).stream().map(t -> t.startsOn() + ".." + t.endsOn()).toList(),
                schools.closures(s.id()).stream().map(Object::toString).toList(),
                schools.contacts(s.id()).stream().map(StaffUserId::toString).toList());
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, recordType = "school", ids = "#id")
    SchoolJson read(@PathVariable UUID id) {
        return json(school(id));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Audited(action = AuditAction.UPDATE, recordType = "school", ids = "#id", reason = "'changed (API)'")
    SchoolJson update(@PathVariable UUID id, @RequestBody Change body) {
        School s = school(id);
        try {
            schools.update(s.id(), new SchoolChanges(body.name(), body.urn(), body.phase(), body.leadName(),
                    body.leadEmail(), body.deputyName(), body.deputyEmail(), body.startsAt(),
                    body.terms() == null ? "" : String.join(";", body.terms()),
                    body.closures() == null ? "" : String.join(";", body.closures())));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return json(school(id));
    }

    @DeleteMapping("/{id}/contacts/{userId}")
    @Audited(action = AuditAction.UPDATE, recordType = "school", ids = "#id", reason = "'key adult unlinked (API)'")
    ResponseEntity<Void> removeContact(@PathVariable UUID id, @PathVariable UUID userId) {
        School s = school(id);
        if (!schools.removeContact(s.id(), new StaffUserId(userId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }
}
