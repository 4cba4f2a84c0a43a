package org.hearth.reviews;

import java.time.LocalDate;
import java.util.UUID;

/** A recommendation past its due day and not completed, for the overdue list (the review by pseudonym only). */
public record OverdueRecommendation(ReviewId review, String reference, String pseudonym, UUID recommendation,
        int number, String text, String ownerName, LocalDate dueOn) {
}
