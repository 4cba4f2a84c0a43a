package org.hearth.housing;

import java.time.LocalDate;

/**
 * Aggregate counts of the housing module's work for other modules' figures (the safe accommodation duty in
 * {@code commissioning}): counts only, never a person, a provider or an address. The caller suppresses small
 * numbers ({@code insights.Suppression}) before showing them.
 */
public interface HousingCounts {

    /** Refuge and sanctuary counts from {@code from} to {@code to} inclusive, partnership-wide. */
    AccommodationCounts between(LocalDate from, LocalDate to);
}
