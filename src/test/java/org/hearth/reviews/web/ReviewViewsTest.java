package org.hearth.reviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;
import org.hearth.reviews.RecommendationStatus;
import org.hearth.reviews.Review;
import org.hearth.reviews.ReviewId;
import org.junit.jupiter.api.Test;

/** The death review clock's words and colours, and a recommendation's state. */
class ReviewViewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static Review review(LocalDate decisionDue, LocalDate decided, Boolean hold, LocalDate completionDue,
            LocalDate closed, LocalDate homeOffice) {
        return new Review(new ReviewId(UUID.randomUUID()), "DARDR-2026-001", "Adult A",
                new Review.Party(new PersonId(UUID.randomUUID()), "A person"), null, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 3), new AgencyId(UUID.randomUUID()), "Police", null, decisionDue, decided, hold,
                decided == null ? null : "Why", homeOffice, completionDue, null, closed,
                new StaffUserId(UUID.randomUUID()), "Coordinator", List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theClockSaysWhichClockRunsAndHowLongIsLeft() {
        assertThat(ReviewViews.clock(review(TODAY.plusDays(12), null, null, null, null, null), TODAY))
                .isEqualTo("Decision due 17 December 2026: 12 days left");
        assertThat(ReviewViews.clock(review(TODAY.minusDays(1), null, null, null, null, null), TODAY))
                .isEqualTo("Decision overdue by 1 day (due 4 December 2026)");
        assertThat(ReviewViews.clock(review(TODAY, null, null, null, null, null), TODAY))
                .isEqualTo("Decision due 5 December 2026: due today");
        Review held = review(TODAY.minusDays(40), TODAY.minusDays(50), true, TODAY.minusDays(3), null, null);
        assertThat(ReviewViews.clock(held, TODAY)).isEqualTo("Completion overdue by 3 days (due 2 December 2026)");
        assertThat(ReviewViews.colour(held, TODAY)).isEqualTo("red");
        assertThat(ReviewViews.colour(review(TODAY.plusDays(10), null, null, null, null, null), TODAY))
                .isEqualTo("orange");
        assertThat(ReviewViews.colour(review(TODAY.plusDays(20), null, null, null, null, null), TODAY))
                .isEqualTo("blue");
        assertThat(ReviewViews.clock(review(TODAY, TODAY.minusDays(9), true, TODAY.plusMonths(6), TODAY.minusDays(1),
                null), TODAY)).isEqualTo("Published on 4 December 2026");
        assertThat(ReviewViews.clock(review(TODAY, TODAY.minusDays(9), false, null, TODAY.minusDays(9),
                TODAY.minusDays(8)), TODAY)).isEqualTo("Not held: Home Office told on 27 November 2026");
    }

    @Test
    void aRecommendationSaysWhetherItIsOverdue() {
        Review.Recommendation late = new Review.Recommendation(UUID.randomUUID(), 1, "Ask", "GP did not ask",
                new AgencyId(UUID.randomUUID()), "Health", TODAY.minusDays(2), RecommendationStatus.IN_PROGRESS, null,
                null);
        assertThat(ReviewViews.recommendationState(late, TODAY)).isEqualTo("In progress, overdue by 2 days");
        Review.Recommendation done = new Review.Recommendation(UUID.randomUUID(), 2, "Ask", "GP did not ask",
                new AgencyId(UUID.randomUUID()), "Health", TODAY.minusDays(2), RecommendationStatus.DONE,
                TODAY.minusDays(1), "Audit");
        assertThat(ReviewViews.recommendationState(done, TODAY)).isEqualTo("Completed on 4 December 2026: Audit");
        assertThat(done.overdue(TODAY)).isFalse();
    }
}
