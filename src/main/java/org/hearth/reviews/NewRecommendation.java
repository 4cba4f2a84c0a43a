package org.hearth.reviews;

import java.time.LocalDate;
import org.hearth.partnership.AgencyId;

/** A recommendation of a review, as an action: what, its theme across reviews, the owner agency and the due date. */
public record NewRecommendation(String text, String theme, AgencyId owner, LocalDate dueOn) {
}
