package org.hearth.services;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How up to date the published directory is on a day (for BVPI 225 item 1 and the review reminder).
 * {@code reviewedWithinTwoYears} counts published services not overdue; {@code oldestReview} is empty
 * when nothing is published.
 */
public record ReviewSummary(LocalDate on, int published, int reviewedWithinTwoYears, int reviewDue, int overdue,
        Optional<LocalDate> oldestReview) {

    /** The share of published services reviewed within two years, 0 to 1; 0 when nothing is published. */
    public double shareReviewedWithinTwoYears() {
        return published == 0 ? 0 : (double) reviewedWithinTwoYears / published;
    }

    /** True when every published service was reviewed within two years (and there is at least one). */
    public boolean allReviewedWithinTwoYears() {
        return published > 0 && reviewedWithinTwoYears == published;
    }
}
