package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.platform.Dates;
import org.hearth.reviews.OverdueRecommendation;
import org.hearth.reviews.Review;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Reviews.PanelCandidate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reading the reviews, audited: coordinators see every review, a named panel member only theirs while it is open,
 * everyone else none (not even that one exists).
 */
@Component
class ReviewRegister {

    private final ReviewStore store;
    private final ReviewAssembler assembler;
    private final AuditTrail audit;

    ReviewRegister(ReviewStore store, ReviewAssembler assembler, AuditTrail audit) {
        this.store = store;
        this.assembler = assembler;
        this.audit = audit;
    }

    static Actor signedIn() {
        return ReviewRules.staff(Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in")));
    }

    static Actor coordinator() {
        return ReviewRules.coordinator(Actor.current().orElseThrow(() -> new AccessDeniedException("Sign in")));
    }

    static LocalDate today() {
        return LocalDate.now(Dates.UK);
    }

    /** Whether the user may see this review: a coordinator, or a named member of its panel while it is open. */
    private boolean maySee(UUID review, Actor me) {
        return me.hasRole(Role.PARTNERSHIP_COORDINATOR) || store.onOpenPanel(review, me.actorId());
    }

    List<Review> list(boolean all) {
        Actor me = signedIn();
        List<UUID> ids = me.hasRole(Role.PARTNERSHIP_COORDINATOR) ? store.ids(all) : store.idsOnPanelOf(me.actorId());
        List<Review> out = new ArrayList<>();
        for (UUID id : ids) {
            assembler.load(id).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((Review r) -> !r.open())
                .thenComparing(r -> r.open() ? r.dueOn().toEpochDay() : -r.closedOn().toEpochDay())
                .thenComparing(Review::reference));
        if (!out.isEmpty()) {
            audit.record(AuditAction.SEARCH, JdbcReviews.RECORD_TYPE, out.stream().map(r -> r.id().toString()).toList(),
                    "death reviews (references and pseudonyms)");
        }
        return out;
    }

    Optional<Review> find(ReviewId id) {
        Actor me = signedIn();
        if (!maySee(id.value(), me)) {
            return Optional.empty();
        }
        Optional<Review> found = assembler.load(id.value());
        found.ifPresent(r -> audit.record(AuditAction.READ, JdbcReviews.RECORD_TYPE, ReviewParties.ids(r),
                "death review"));
        return found;
    }

    List<OverdueRecommendation> overdueRecommendations() {
        coordinator();
        List<OverdueRecommendation> out = assembler.overdue(store.overdue(today()));
        if (!out.isEmpty()) {
            audit.record(AuditAction.SEARCH, JdbcReviews.RECOMMENDATION_TYPE,
                    out.stream().map(o -> o.recommendation().toString()).toList(), "overdue recommendations");
        }
        return out;
    }

    List<PanelCandidate> panelCandidates() {
        coordinator();
        return assembler.panelCandidates();
    }
}
