package org.hearth.reviews;

import java.time.LocalDate;
import org.hearth.people.PersonId;

/**
 * A person on a review: one already known ({@code existing}), or described by name and date of birth, which the
 * module resolves through the people module's matching (a very likely match with the same name and date of birth is
 * that person; otherwise a new record).
 */
public record Named(PersonId existing, String givenName, String familyName, LocalDate dateOfBirth) {

    public static Named known(PersonId id) {
        return new Named(id, null, null, null);
    }

    public static Named described(String givenName, String familyName, LocalDate dateOfBirth) {
        return new Named(null, givenName, familyName, dateOfBirth);
    }

    /** Whether nothing was given. */
    public boolean blank() {
        return existing == null && (givenName == null || givenName.isBlank())
                && (familyName == null || familyName.isBlank()) && dateOfBirth == null;
    }
}
