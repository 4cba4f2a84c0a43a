package org.hearth.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;

/**
 * Death reviews. Methods act as the signed-in user. A partnership coordinator sees and runs every review; a named
 * panel member sees the open reviews they are on (read only); anyone else sees nothing, not even that a review exists
 * (an empty list, an empty {@link #find}). Writes need the coordinator's role, else
 * {@link org.springframework.security.access.AccessDeniedException}; adding a panel member (which grants them the
 * review's people) only the coordinator who opened the review. Reads are audited with the ids of the deceased and the
 * perpetrator. Bad input is refused with {@link org.hearth.platform.InvalidInputException} and nothing is written.
 */
public interface Reviews {

    /** The reviews the current user may see: open ones (the soonest due first), then closed ones when {@code all}. */
    List<Review> list(boolean all);

    Optional<Review> find(ReviewId id);

    /** Records a notification of a death: the review's register entry, with the decision's clock started. */
    Review notify(Notification notification);

    /** Records the decision whether to hold the review; not holding it closes the review. */
    Review decide(ReviewId id, ReviewDecision decision);

    /** Names the independent chair. */
    Review appointChair(ReviewId id, String chair);

    /**
     * Adds a named member of staff to the panel (their agency joins it), granting them {@code REVIEW} on the deceased
     * and the perpetrator until the review is published or closed. Only the coordinator who opened the review.
     */
    Review addPanelMember(ReviewId id, StaffUserId member);

    /** Asks an agency for a chronology or an individual management review, due by a day. */
    Review request(ReviewId id, AgencyId agency, RequestKind kind, LocalDate dueOn);

    /** Records the day an agency returned what was asked of it. */
    Review recordReturn(ReviewId id, UUID request, LocalDate returnedOn);

    /** Records a stage reached; publishing (after approval) closes the review and ends the panel's grants. */
    Review recordStage(ReviewId id, Stage stage, LocalDate on, String note);

    /** Adds a recommendation to the action plan (owner agency and due date required). */
    Review recommend(ReviewId id, NewRecommendation recommendation);

    /** Records progress on a recommendation (completion needs the day and the evidence). */
    Review updateRecommendation(ReviewId id, UUID recommendation, RecommendationUpdate update);

    /** Recommendations past their due day and not completed, across every review (coordinators). */
    List<OverdueRecommendation> overdueRecommendations();

    /** The staff who may be named to a panel: enabled members of staff of the partnership's agencies. */
    List<PanelCandidate> panelCandidates();

    /** A member of staff who may join a panel. */
    record PanelCandidate(StaffUserId id, String name, String agencyName) {
    }

    /** Today in the UK. */
    LocalDate today();
}
