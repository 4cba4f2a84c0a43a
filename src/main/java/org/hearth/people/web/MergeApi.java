package org.hearth.people.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.audit.NotAudited;
import org.hearth.people.MergeId;
import org.hearth.people.MergeRefusedException;
import org.hearth.people.PersonId;
import org.hearth.people.PersonMerges;
import org.hearth.people.PossibleDuplicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Possible duplicates and merge decisions as JSON, for signed-in hub coordinators (never analysts, never API
 * tokens). Refusals are RFC 9457 problem details: 409 for conflicting confirmed identities ({@code conflicts}
 * lists them; send {@code force: true} with a {@code forceReason}) or a record already merged, 422 for a missing
 * reason (named under {@code errors}), 404 for an unknown record or merge.
 */
@RestController
@RequestMapping("/api/people")
@PreAuthorize("hasRole('HUB_COORDINATOR')")
@NotAudited("every read and decision goes through PersonMerges, which records the audit entries")
class MergeApi {

    private final PersonMerges merges;

    MergeApi(PersonMerges merges) {
        this.merges = merges;
    }

    record PairView(String personA, String nameA, String personB, String nameB, double probability, String band,
            List<String> reasons, String source, int groupSize, Instant foundAt) {

        static PairView of(PossibleDuplicate d) {
            return new PairView(d.a().toString(), d.aName(), d.b().toString(), d.bName(), d.probability(),
                    d.band().name(), d.reasons(), d.source(), d.groupSize(), d.foundAt());
        }
    }

    record PageView(int page, int size, long total, List<PairView> items) {
    }

    @GetMapping("/possible-duplicates")
    PageView possibleDuplicates(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        int s = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        return new PageView(p, s, merges.countPossibleDuplicates(),
                merges.possibleDuplicates((p - 1) * s, s).stream().map(PairView::of).toList());
    }

    /** Merge {@code mergedId} into the person of the path. */
    record MergeRequest(UUID mergedId, String reason, Boolean force, String forceReason) {
    }

    record MergeView(String mergeId, String survivorId, String mergedId) {
    }

    @PostMapping("/{id}/merge")
    ResponseEntity<?> merge(@PathVariable UUID id, @RequestBody MergeRequest body) {
        ProblemDetail invalid = invalid(body == null || body.mergedId() == null ? "mergedId" : null,
                body == null || body.reason() == null || body.reason().isBlank() ? "reason" : null,
                body != null && Boolean.TRUE.equals(body.force()) && (body.forceReason() == null
                        || body.forceReason().isBlank()) ? "forceReason" : null);
        if (invalid != null) {
            return ResponseEntity.unprocessableEntity().body(invalid);
        }
        MergeId merge = merges.merge(new PersonId(id), new PersonId(body.mergedId()), body.reason().trim(),
                Boolean.TRUE.equals(body.force()), body.forceReason() == null ? "" : body.forceReason().trim());
        return ResponseEntity.created(URI.create("/people/merges/" + merge))
                .body(new MergeView(merge.toString(), id.toString(), body.mergedId().toString()));
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/merges/{id}/unmerge")
    ResponseEntity<?> unmerge(@PathVariable UUID id, @RequestBody ReasonRequest body) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            return ResponseEntity.unprocessableEntity().body(invalid("reason"));
        }
        merges.unmerge(new MergeId(id), body.reason().trim());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/possible-duplicates/{a}/{b}/not-same")
    ResponseEntity<?> notSame(@PathVariable UUID a, @PathVariable UUID b, @RequestBody ReasonRequest body) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            return ResponseEntity.unprocessableEntity().body(invalid("reason"));
        }
        merges.notTheSamePerson(new PersonId(a), new PersonId(b), body.reason().trim());
        return ResponseEntity.noContent().build();
    }

    private static ProblemDetail invalid(String... fields) {
        List<String> missing = java.util.Arrays.stream(fields).filter(f -> f != null).toList();
        if (missing.isEmpty()) {
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Some fields are missing.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", missing.stream().map(f -> java.util.Map.of("field", f, "message",
                f.equals("mergedId") ? "Give the id of the record to merge into this one" : "Give a reason")).toList());
        return problem;
    }

    @ExceptionHandler(MergeRefusedException.class)
    ResponseEntity<ProblemDetail> refused(MergeRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(e.forceable() ? "Conflicting confirmed identities" : "Merge refused");
        if (e.forceable()) {
            problem.setProperty("conflicts", e.conflicts());
            problem.setProperty("hint", "Send force: true with a forceReason to merge anyway");
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such person or merge.");
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
