package org.hearth.workforce;

import java.time.LocalDate;

/** An organisation's latest award of the Quality Mark: level and dates, from the application that won it. */
public record QualityMarkHolding(QualityMarkApplicationId applicationId, Holder holder, int level,
        LocalDate awardedOn, LocalDate expiresOn) {

    /** Whether the award holds on {@code day} (from the day it was made to its expiry, inclusive). */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(awardedOn) && !day.isAfter(expiresOn);
    }
}
