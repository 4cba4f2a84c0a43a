package org.hearth.people.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the person index holds of one person, as read by {@link PersonIndexStore}: current name, date of birth, sex,
 * current non-confidential address (null when there is none, or it is confidential or a refuge), its aliases
 * ({@code given|family} joined by {@code ||}), its change stamp and whether it was merged into another person.
 */
record IndexRow(UUID id, String given, String family, LocalDate dob, String sex, String address, String postcode,
        String aliases, OffsetDateTime stamp, boolean mergedAway) {
}
