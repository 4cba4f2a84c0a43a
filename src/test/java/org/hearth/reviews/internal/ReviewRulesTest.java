package org.hearth.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.platform.InvalidInputException;
import org.hearth.people.Named;
import org.hearth.reviews.NewRecommendation;
import org.hearth.reviews.Notification;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.RecommendationUpdate;
import org.hearth.reviews.RequestKind;
import org.hearth.reviews.Review;
import org.hearth.reviews.Review.Recommendation;
import org.hearth.reviews.ReviewDecision;
import org.hearth.reviews.ReviewId;
import org.hearth.reviews.Stage;
import org.hearth.support.TestActor;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Who runs a death review and what each step accepts, without the database. */
class ReviewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final AgencyId POLICE = new AgencyId(UUID.randomUUID());
    private static final UUID OPENER = UUID.randomUUID();

    private static Review review(LocalDate decided, Boolean hold, LocalDate closed, List<Stage> stages,
            int recommendations) {
        return new Review(new ReviewId(UUID.randomUUID()), "DARDR-2026-001", "Adult A",
                new Review.Party(new PersonId(UUID.randomUUID()), "A person"), null, TODAY.minusDays(60),
                TODAY.minusDays(50), POLICE, "Police", null, TODAY.minusDays(20), decided, hold, "Why", null, null, null,
                closed, new StaffUserId(OPENER), "Coordinator", List.of(),
                List.of(new Review.AgencyRequest(UUID.randomUUID(), POLICE, "Police", RequestKind.CHRONOLOGY,
                        TODAY.minusDays(10), TODAY.plusDays(10), null)),
                stages.stream().map(s -> new Review.StageEntry(UUID.randomUUID(), s, TODAY.minusDays(5), null, "C"))
                        .toList(),
                java.util.stream.IntStream.rangeClosed(1, recommendations)
                        .mapToObj(n -> new Review.Recommendation(UUID.randomUUID(), n, "Ask", "GP", POLICE, "Police",
                                TODAY, RecommendationStatus.OPEN, null, null))
                        .toList());
    }

    private static Review held() {
        return review(TODAY.minusDays(40), true, null, List.of(), 0);
    }

    @Test
    void onlyPartnershipCoordinatorsRunReviewsAndOnlyTheOpenerApprovesThePanel() {
        TestActor coordinator = new TestActor(OPENER, POLICE, java.util.Set.of(Role.PARTNERSHIP_COORDINATOR), false);
        assertThat(ReviewRules.coordinator(coordinator)).isSameAs(coordinator);
        assertThatThrownBy(() -> ReviewRules.coordinator(TestActor.staff(POLICE, Role.PRACTITIONER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ReviewRules.staff(TestActor.apiClient(POLICE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ReviewRules.coordinator(new TestActor(UUID.randomUUID(), POLICE,
                java.util.Set.of(Role.PARTNERSHIP_COORDINATOR), true))).isInstanceOf(AccessDeniedException.class);
        ReviewRules.opener(held(), coordinator);
        assertThatThrownBy(() -> ReviewRules.opener(held(), TestActor.staff(POLICE, Role.PARTNERSHIP_COORDINATOR)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothingIsRecordedOnAClosedReviewAndTheWorkWaitsForTheDecisionToHoldIt() {
        Review closed = review(TODAY.minusDays(40), false, TODAY.minusDays(40), List.of(), 0);
        assertThatThrownBy(() -> ReviewRules.requireOpen(closed)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("closed");
        Review awaiting = review(null, null, null, List.of(), 0);
        ReviewRules.requireOpen(awaiting);
        assertThatThrownBy(() -> ReviewRules.requireHeld(awaiting)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Record the decision to hold the review first");
        ReviewRules.requireHeld(held());
        assertThatThrownBy(() -> ReviewRules.decision(held(), new ReviewDecision(TODAY, true, "Why", null), TODAY))
                .hasMessage("The decision has already been recorded");
        assertThatThrownBy(() -> ReviewRules.updated(closed, UUID.randomUUID())).hasMessage("This review was not held");
    }

    @Test
    void aNotificationNamesTheDeceasedWithDatesInOrder() {
        Notification good = new Notification("Adult A", Named.described("Ann", "Test", TODAY.minusYears(30)), null,
                TODAY.minusDays(3), TODAY.minusDays(1), POLICE, null);
        assertThat(ReviewRules.notification(good, TODAY, POLICE::equals)).isEmpty();
        Notification bad = new Notification(" ", Named.described("Ann", " ", null),
                Named.described("Bob", "Test", TODAY.plusDays(1)), TODAY.plusDays(1), TODAY.minusDays(1),
                new AgencyId(UUID.randomUUID()), "x".repeat(4001));
        assertThat(ReviewRules.notification(bad, TODAY, POLICE::equals)).containsOnlyKeys("pseudonym", "deceased",
                "perpetrator", "diedOn", "notifiedOn", "notifyingAgency", "circumstances");
        Notification early = new Notification("Adult A", Named.described("Ann", "Test", null), null,
                TODAY.minusDays(1), TODAY.minusDays(3), null, null);
        assertThat(ReviewRules.notification(early, TODAY, POLICE::equals)).containsEntry("notifiedOn",
                "The date notified cannot be before the date of death").containsKey("notifyingAgency");
    }

    @Test
    void aDecisionNotToHoldTellsTheHomeOffice() {
        Review awaiting = review(null, null, null, List.of(), 0);
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY, true, "Why", null), TODAY)).isEmpty();
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY, false, "Why", null), TODAY))
                .containsOnlyKeys("homeOfficeToldOn");
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY.minusDays(51), null, " ", null), TODAY))
                .containsOnlyKeys("decidedOn", "hold", "rationale");
    }

    @Test
    void aReviewIsPublishedOnlyAfterQualityAssuranceApprovesItWithAnActionPlan() {
        assertThat(ReviewRules.stage(held(), Stage.PUBLISHED, TODAY, null, TODAY)).containsEntry("stage",
                "Add the review's recommendations (the action plan) before publishing it");
        assertThat(ReviewRules.stage(review(TODAY.minusDays(40), true, null, List.of(), 1), Stage.PUBLISHED, TODAY,
                null, TODAY)).containsEntry("stage",
                        "A review is published only after the quality assurance panel approves it");
        assertThat(ReviewRules.stage(held(), Stage.QA_APPROVED, TODAY, null, TODAY)).containsEntry("stage",
                "Record the submission to the quality assurance panel first");
        assertThat(ReviewRules.stage(review(TODAY.minusDays(40), true, null, List.of(Stage.QA_APPROVED), 1),
                Stage.PUBLISHED, TODAY, null, TODAY)).isEmpty();
        assertThat(ReviewRules.stage(held(), Stage.DRAFT, TODAY.minusDays(41), "x".repeat(4001), TODAY))
                .containsOnlyKeys("reachedOn", "note");
    }

    @Test
    void requestsReturnsAndRecommendationsAreCheckedAgainstTheReview() {
        Review r = held();
        assertThat(ReviewRules.request(r, POLICE, RequestKind.CHRONOLOGY, TODAY, TODAY, POLICE::equals))
                .containsEntry("agency", "That agency has already been asked for this");
        assertThat(ReviewRules.request(r, POLICE, RequestKind.IMR, TODAY, TODAY, POLICE::equals)).isEmpty();
        assertThat(ReviewRules.request(r, null, null, TODAY.minusDays(1), TODAY, POLICE::equals))
                .containsOnlyKeys("agency", "kind", "dueOn");
        UUID request = r.requests().get(0).id();
        assertThat(ReviewRules.returned(r, request, TODAY, TODAY).kind()).isEqualTo(RequestKind.CHRONOLOGY);
        assertThatThrownBy(() -> ReviewRules.returned(r, request, TODAY.minusDays(11), TODAY))
                .hasMessage("The date returned must be between the request and today");
        assertThatThrownBy(() -> ReviewRules.returned(r, UUID.randomUUID(), TODAY, TODAY))
                .hasMessage("There is no such request");
        assertThat(ReviewRules.recommendation(r, new NewRecommendation("Ask", "GP", POLICE, TODAY), POLICE::equals))
                .isEmpty();
        assertThat(ReviewRules.recommendation(r, new NewRecommendation(" ", "x".repeat(201),
                new AgencyId(UUID.randomUUID()), TODAY.minusDays(41)), POLICE::equals))
                .containsOnlyKeys("text", "theme", "owner", "dueOn");
        assertThat(ReviewRules.update(new RecommendationUpdate(RecommendationStatus.DONE, TODAY.plusDays(1), " "),
                TODAY)).containsOnlyKeys("completedOn", "evidence");
        assertThat(ReviewRules.update(new RecommendationUpdate(RecommendationStatus.IN_PROGRESS, null, null), TODAY))
                .isEmpty();
        assertThat(ReviewRules.chair("  Dr Test  ")).isEqualTo("Dr Test");
        assertThatThrownBy(() -> ReviewRules.chair(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aClosedReviewIsRefusedBeforeItsDecisionIsAsked() {
        Review closedAfterPublishing = review(TODAY.minusDays(40), true, TODAY.minusDays(1), List.of(), 0);
        assertThatThrownBy(() -> ReviewRules.requireHeld(closedAfterPublishing))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("This review is closed");
        assertThat(ReviewRules.strip("  Adult A ")).isEqualTo("Adult A");
        assertThat(ReviewRules.strip(" ")).isNull();
    }

    @Test
    void aNotificationsNamesAndTextAtTheirLimits() {
        String hundred = "n".repeat(100);
        Notification longest = new Notification(hundred, Named.described(hundred, hundred, LocalDate.of(1900, 1, 1)),
                Named.known(new PersonId(UUID.randomUUID())), TODAY, TODAY, POLICE, "c".repeat(ReviewRules.MAX_TEXT));
        assertThat(ReviewRules.notification(longest, TODAY, POLICE::equals)).isEmpty();
        Notification tooLong = new Notification(hundred + "n", Named.described("Ann", hundred + "n", null),
                Named.described(hundred + "n", "Test", null), null, null, POLICE, "c".repeat(ReviewRules.MAX_TEXT + 1));
        assertThat(ReviewRules.notification(tooLong, TODAY, POLICE::equals))
                .containsEntry("pseudonym", "The pseudonym must be 100 characters or fewer")
                .containsEntry("deceased", "Names must be 100 characters or fewer")
                .containsEntry("perpetrator", "Names must be 100 characters or fewer")
                .containsEntry("diedOn", "Enter the date of death")
                .containsEntry("notifiedOn", "Enter the date the partnership was notified")
                .containsEntry("circumstances", "This must be 4,000 characters or fewer").hasSize(6);
        Notification future = new Notification("Adult A", Named.described("Ann", "Test", LocalDate.of(1899, 12, 31)),
                null, TODAY, TODAY.plusDays(1), null, null);
        assertThat(ReviewRules.notification(future, TODAY, POLICE::equals))
                .containsEntry("deceased", "The date of birth of the person who died must be a real date in the past")
                .containsEntry("notifiedOn", "The date notified cannot be in the future")
                .containsEntry("notifyingAgency", "Choose the agency that notified the partnership").hasSize(3);
        Notification unnamed = new Notification("Adult A", null, null, TODAY, TODAY, POLICE, null);
        assertThat(ReviewRules.notification(unnamed, TODAY, POLICE::equals))
                .containsExactly(java.util.Map.entry("deceased", "Enter the name of the person who died"));
    }

    @Test
    void theHomeOfficeIsToldOfADecisionNotToHoldOnOrAfterItAndNotInTheFuture() {
        Review awaiting = review(null, null, null, List.of(), 0);
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY.minusDays(2), false, "Why",
                TODAY.minusDays(2)), TODAY)).as("told the same day").isEmpty();
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY.minusDays(2), false, "Why",
                TODAY.minusDays(3)), TODAY)).containsExactly(java.util.Map.entry("homeOfficeToldOn",
                        "The Home Office cannot have been told before the decision"));
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY, false, "Why", TODAY.plusDays(1)), TODAY))
                .containsExactly(java.util.Map.entry("homeOfficeToldOn",
                        "The date the Home Office was told cannot be in the future"));
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(null, false, "Why", TODAY), TODAY))
                .containsExactly(java.util.Map.entry("decidedOn", "Enter the date of the decision"));
        assertThat(ReviewRules.decision(awaiting, new ReviewDecision(TODAY.plusDays(1), true,
                "r".repeat(ReviewRules.MAX_TEXT + 1), null), TODAY))
                .containsEntry("decidedOn", "The date of the decision cannot be in the future")
                .containsEntry("rationale", "This must be 4,000 characters or fewer").hasSize(2);
    }

    @Test
    void theChairsNameUpTo200Characters() {
        assertThat(ReviewRules.chair("c".repeat(ReviewRules.MAX_SHORT))).hasSize(200);
        assertThatThrownBy(() -> ReviewRules.chair("c".repeat(ReviewRules.MAX_SHORT + 1)))
                .hasMessage("The chair's name must be 200 characters or fewer");
    }

    @Test
    void aReturnNamesItsRequestAndItsDateBetweenTheRequestAndToday() {
        Review r = held();
        Review.AgencyRequest q = r.requests().get(0);
        assertThat(ReviewRules.returned(r, q.id(), q.requestedOn(), TODAY)).isEqualTo(q);
        assertThatThrownBy(() -> ReviewRules.returned(r, null, TODAY, TODAY))
                .hasMessage("Choose the request that was returned");
        assertThatThrownBy(() -> ReviewRules.returned(r, q.id(), null, TODAY)).hasMessage("Enter the date it was returned");
        assertThatThrownBy(() -> ReviewRules.returned(r, q.id(), TODAY.plusDays(1), TODAY))
                .hasMessage("The date returned must be between the request and today");
        assertThat(ReviewRules.request(r, new AgencyId(UUID.randomUUID()), RequestKind.CHRONOLOGY, null, TODAY,
                POLICE::equals)).containsEntry("agency", "There is no such agency")
                .containsEntry("dueOn", "Enter the date it is due").hasSize(2);
    }

    @Test
    void stagesInTurnWithANoteOfUpTo4000() {
        Review submitted = review(TODAY.minusDays(40), true, null, List.of(Stage.SUBMITTED_TO_QA), 0);
        assertThat(ReviewRules.stage(submitted, Stage.QA_APPROVED, TODAY.minusDays(40),
                "n".repeat(ReviewRules.MAX_TEXT), TODAY)).isEmpty();
        assertThat(ReviewRules.stage(held(), null, null, null, TODAY)).containsEntry("stage", "Choose the stage reached")
                .containsEntry("reachedOn", "Enter the date").hasSize(2);
        assertThat(ReviewRules.stage(held(), Stage.DRAFT, TODAY.plusDays(1), null, TODAY))
                .containsExactly(java.util.Map.entry("reachedOn", "The date cannot be in the future"));
    }

    @Test
    void aRecommendationAndItsProgress() {
        Review r = review(TODAY.minusDays(40), true, null, List.of(), 2);
        assertThat(ReviewRules.recommendation(r, new NewRecommendation("t".repeat(ReviewRules.MAX_TEXT),
                "t".repeat(ReviewRules.MAX_SHORT), POLICE, r.decidedOn()), POLICE::equals)).isEmpty();
        assertThat(ReviewRules.recommendation(r, new NewRecommendation("t".repeat(ReviewRules.MAX_TEXT + 1), " ", null,
                null), POLICE::equals))
                .containsEntry("text", "This must be 4,000 characters or fewer")
                .containsEntry("theme", "Enter its theme (for example, GP did not ask about abuse)")
                .containsEntry("owner", "Choose the agency that owns the recommendation")
                .containsEntry("dueOn", "Enter the date it is due").hasSize(4);
        Recommendation second = r.recommendations().get(1);
        assertThat(ReviewRules.updated(r, second.id())).isEqualTo(second);
        assertThatThrownBy(() -> ReviewRules.updated(r, null)).hasMessage("Choose the recommendation");
        assertThatThrownBy(() -> ReviewRules.updated(r, UUID.randomUUID()))
                .hasMessage("There is no such recommendation");
        assertThat(ReviewRules.update(new RecommendationUpdate(RecommendationStatus.DONE, TODAY,
                "e".repeat(ReviewRules.MAX_TEXT)), TODAY)).isEmpty();
        assertThat(ReviewRules.update(new RecommendationUpdate(null, null, "e".repeat(ReviewRules.MAX_TEXT + 1)),
                TODAY)).containsEntry("status", "Choose its status")
                .containsEntry("evidence", "This must be 4,000 characters or fewer").hasSize(2);
        assertThat(ReviewRules.update(new RecommendationUpdate(RecommendationStatus.DONE, null, "Audit"), TODAY))
                .containsExactly(java.util.Map.entry("completedOn", "Enter the date it was completed"));
    }
}
