package org.hearth.reviews;

import java.time.LocalDate;

/** Progress on a recommendation: its status, and when completed the day and the evidence of completion. */
public record RecommendationUpdate(RecommendationStatus status, LocalDate completedOn, String evidence) {
}
