package org.hearth.reviews.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonRequest;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.Notification;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.Review;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Reviews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Death reviews as JSON, for signed-in partnership coordinators (all reviews) and panel members (reading the open
 * reviews they are on): no API token scope opens it, because a token acts for a whole agency and a review is for its
 * named panel only. Errors are RFC 9457 problem details naming each field ({@code pseudonym}, {@code deceased},
 * {@code perpetrator}, {@code diedOn}, {@code notifiedOn}, {@code notifyingAgency}, {@code circumstances};
 * {@code decidedOn}, {@code hold}, {@code rationale}, {@code homeOfficeToldOn}; {@code text}, {@code theme},
 * {@code owner}, {@code dueOn}; {@code status}, {@code completedOn}, {@code evidence}). A review the user may not see
 * is a 404. Reads are audited by {@link Reviews}.
 */
@RestController
@RequestMapping("/api/reviews")
class ReviewsApi {

    private final Reviews reviews;

    ReviewsApi(Reviews reviews) {
        this.reviews = reviews;
    }

    record NotificationRequest(String pseudonym, PersonRequest deceased, PersonRequest perpetrator, LocalDate diedOn,
            LocalDate notifiedOn, UUID notifyingAgency, String circumstances) {
    }

    record DecisionRequest(LocalDate decidedOn, Boolean hold, String rationale, LocalDate homeOfficeToldOn) {
    }

    record RecommendationRequest(String text, String theme, UUID owner, LocalDate dueOn) {
    }

    record ProgressRequest(RecommendationStatus status, LocalDate completedOn, String evidence) {
    }

    record SummaryView(String id, String reference, String pseudonym, String status, LocalDate notifiedOn,
            LocalDate dueOn, boolean overdue) {

        static SummaryView of(Review r, LocalDate today) {
            return new SummaryView(r.id().toString(), r.reference(), r.pseudonym(), r.status().name(), r.notifiedOn(),
                    r.dueOn(), r.overdue(today));
        }
    }

    record ReviewView(String id, String reference, String pseudonym, String status, Review.Party deceased,
            Review.Party perpetrator, LocalDate diedOn, LocalDate notifiedOn, String notifyingAgency,
            String circumstances, LocalDate decisionDueOn, LocalDate decidedOn, Boolean hold, String decisionRationale,
            LocalDate homeOfficeToldOn, LocalDate completionDueOn, boolean overdue, String chair, LocalDate closedOn,
            List<Review.PanelMember> panel, List<Review.AgencyRequest> requests, List<Review.StageEntry> stages,
            List<Review.Recommendation> recommendations) {

        static ReviewView of(Review r, LocalDate today) {
            return new ReviewView(r.id().toString(), r.reference(), r.pseudonym(), r.status().name(), r.deceased(),
                    r.perpetrator(), r.diedOn(), r.notifiedOn(), r.notifyingAgencyName(), r.circumstances(),
                    r.decisionDueOn(), r.decidedOn(), r.hold(), r.decisionRationale(), r.homeOfficeToldOn(),
                    r.completionDueOn(), r.overdue(today), r.chair(), r.closedOn(), r.panel(), r.requests(),
                    r.stages(), r.recommendations());
        }
    }

    @GetMapping
    @PreAuthorize(ReviewsController.READERS)
    @NotAudited("Reviews.list audits the search with the reviews' ids")
    List<SummaryView> list(@RequestParam(defaultValue = "false") boolean all) {
        LocalDate today = reviews.today();
        return reviews.list(all).stream().map(r -> SummaryView.of(r, today)).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(ReviewsController.READERS)
    @NotAudited("Reviews.find audits the read with the ids of the deceased and the perpetrator")
    ReviewView one(@PathVariable UUID id) {
        return ReviewView.of(load(id), reviews.today());
    }

    @PostMapping
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.notify audits the new review in its transaction, with the ids of its people")
    ResponseEntity<ReviewView> notify(@RequestBody NotificationRequest body) {
        Review saved = reviews.notify(new Notification(body.pseudonym(),
                body.deceased() == null ? null : body.deceased().named(),
                body.perpetrator() == null ? null : body.perpetrator().named(), body.diedOn(), body.notifiedOn(),
                body.notifyingAgency() == null ? null : new AgencyId(body.notifyingAgency()), body.circumstances()));
        return ResponseEntity.created(URI.create("/api/reviews/" + saved.id()))
                .body(ReviewView.of(saved, reviews.today()));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.decide audits the decision in its transaction")
    ReviewView decide(@PathVariable UUID id, @RequestBody DecisionRequest body) {
        Review r = load(id);
        return ReviewView.of(reviews.decide(r.id(), new ReviewDecision(body.decidedOn(), body.hold(), body.rationale(),
                body.homeOfficeToldOn())), reviews.today());
    }

    @PostMapping("/{id}/recommendations")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.recommend audits the new recommendation in its transaction")
    ResponseEntity<ReviewView> recommend(@PathVariable UUID id, @RequestBody RecommendationRequest body) {
        Review r = load(id);
        Review saved = reviews.recommend(r.id(), new NewRecommendation(body.text(), body.theme(),
                body.owner() == null ? null : new AgencyId(body.owner()), body.dueOn()));
        return ResponseEntity.status(201).body(ReviewView.of(saved, reviews.today()));
    }

    @PostMapping("/{id}/recommendations/{recommendation}")
    @PreAuthorize(Role.COORDINATES_PARTNERSHIP)
    @NotAudited("Reviews.updateRecommendation audits the change in its transaction")
    ReviewView progress(@PathVariable UUID id, @PathVariable UUID recommendation, @RequestBody ProgressRequest body) {
        Review r = load(id);
        if (r.recommendations().stream().noneMatch(c -> c.id().equals(recommendation))) {
            throw new NoSuchElementException();
        }
        return ReviewView.of(reviews.updateRecommendation(r.id(), recommendation, new RecommendationUpdate(
                body.status(), body.completedOn(), body.evidence())), reviews.today());
    }

    private Review load(UUID id) {
        return reviews.find(new ReviewId(id)).orElseThrow(NoSuchElementException::new);
    }
}
