package org.hearth.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the retention schedule needs of one person, gathered from every {@link PersonDataHolder}: no name, no
 * address.
 *
 * @param dateOfBirth known or estimated (from an estimated age at the record's creation), or null
 * @param lastInvolvement the latest involvement in any module (at least the record's creation)
 * @param holds the automatic holds, in words (empty: none)
 * @param deathReview the person is in a death review
 */
public record PersonRetention(PersonId person, LocalDate dateOfBirth, LocalDate lastInvolvement, List<String> holds,
        boolean deathReview) {

    public PersonRetention {
        holds = List.copyOf(holds);
    }
}
