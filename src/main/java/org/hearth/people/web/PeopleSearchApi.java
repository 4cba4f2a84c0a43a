package org.hearth.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.people.internal.PersonSearch;
import org.hearth.platform.SearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/people?query=}: the search box's people as JSON, with need-to-know applied (a person the user's
 * agency is not involved with carries only the name and year of birth, {@code restricted: true}).
 */
@RestController
@PreAuthorize(Role.WORKS_CASES)
@NotAudited("PersonSearch audits the kind of query and the ids it returns, never the text typed")
class PeopleSearchApi {

    record Found(UUID id, String name, LocalDate dateOfBirth, Integer yearOfBirth, boolean restricted) {
    }

    record Results(String searchedBy, List<Found> people) {
    }

    private final PersonSearch search;

    PeopleSearchApi(PersonSearch search) {
        this.search = search;
    }

    @GetMapping("/api/people")
    ResponseEntity<?> search(@RequestParam(required = false) String query) {
        SearchQuery q = SearchQuery.parse(query).orElse(null);
        if (q == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Give a query: a name, a date of birth, a postcode or a Hearth id");
            problem.setTitle("No query");
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(new Results(q.kind().label(), search.find(q).stream()
                .map(h -> new Found(h.id().value(), h.name(), h.dateOfBirth(), h.yearOfBirth(), h.restricted()))
                .toList()));
    }
}
