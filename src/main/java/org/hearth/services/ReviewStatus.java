package org.hearth.services;

import java.time.LocalDate;

/**
 * Whether a service's entry needs reviewing. BVPI 225 asks for the directory to be reviewed at least every two
 * years: an entry last reviewed more than 21 months ago is due, more than two years ago overdue.
 */
public enum ReviewStatus {
    CURRENT("Reviewed"),
    DUE("Review due"),
    OVERDUE("Overdue");

    /** An entry is due for review this long after its last review. */
    public static final int DUE_AFTER_MONTHS = 21;
    /** And overdue this long after. */
    public static final int OVERDUE_AFTER_YEARS = 2;

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status on {@code today} of an entry last reviewed on {@code lastReviewed}. */
    public static ReviewStatus of(LocalDate lastReviewed, LocalDate today) {
        if (lastReviewed.isBefore(today.minusYears(OVERDUE_AFTER_YEARS))) {
            return OVERDUE;
        }
        if (lastReviewed.isBefore(today.minusMonths(DUE_AFTER_MONTHS))) {
            return DUE;
        }
        return CURRENT;
    }
}
