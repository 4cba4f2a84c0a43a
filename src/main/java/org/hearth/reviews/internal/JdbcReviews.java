package org.hearth.reviews.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.Notification;
import org.hearth.reviews.OverdueRecommendation;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Reviews;
import org.hearth.reviews.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Reviews}, each call in one transaction: the register read ({@link ReviewRegister}) and the review's steps
 * ({@link ReviewSteps}). Who may do what and what input is accepted are {@link ReviewRules} (pure); the SQL is
 * {@link ReviewStore}'s, the aggregate {@link ReviewAssembler}'s, the grants on the review's people
 * {@link ReviewParties}'.
 */
@Service
@Transactional
class JdbcReviews implements Reviews {

    /** Audit record types, and the kind of the grants resting on a review. */
    static final String RECORD_TYPE = "review";
    static final String RECOMMENDATION_TYPE = "review-recommendation";
    static final String BASIS = "review";

    private final ReviewRegister register;
    private final ReviewSteps steps;

    JdbcReviews(ReviewRegister register, ReviewSteps steps) {
        this.register = register;
        this.steps = steps;
    }

    @Override
    public LocalDate today() {
        return ReviewRegister.today();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Review> list(boolean all) {
        return register.list(all);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Review> find(ReviewId id) {
        return register.find(id);
    }

    @Override
    public Review notify(Notification notification) {
        return steps.notify(notification);
    }

    @Override
    public Review decide(ReviewId id, ReviewDecision decision) {
        return steps.decide(id, decision);
    }

    @Override
    public Review appointChair(ReviewId id, String chair) {
        return steps.appointChair(id, chair);
    }

    @Override
    public Review addPanelMember(ReviewId id, StaffUserId member) {
        return steps.addPanelMember(id, member);
    }

    @Override
    public Review request(ReviewId id, AgencyId agency, RequestKind kind, LocalDate dueOn) {
        return steps.request(id, agency, kind, dueOn);
    }

    @Override
    public Review recordReturn(ReviewId id, UUID request, LocalDate returnedOn) {
        return steps.recordReturn(id, request, returnedOn);
    }

    @Override
    public Review recordStage(ReviewId id, Stage stage, LocalDate on, String note) {
        return steps.recordStage(id, stage, on, note);
    }

    @Override
    public Review recommend(ReviewId id, NewRecommendation recommendation) {
        return steps.recommend(id, recommendation);
    }

    @Override
    public Review updateRecommendation(ReviewId id, UUID recommendation, RecommendationUpdate update) {
        return steps.updateRecommendation(id, recommendation, update);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverdueRecommendation> overdueRecommendations() {
        return register.overdueRecommendations();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PanelCandidate> panelCandidates() {
        return register.panelCandidates();
    }
}
