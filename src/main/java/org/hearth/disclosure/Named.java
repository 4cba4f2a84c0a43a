package org.hearth.disclosure;

import java.time.LocalDate;
import org.hearth.people.PersonId;

/**
 * A person on an application: one already known ({@code existing}), or described by name and date of birth, which
 * the module resolves through the people module's matching (a very likely match is that person; otherwise a new
 * record), so no duplicate is made.
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
