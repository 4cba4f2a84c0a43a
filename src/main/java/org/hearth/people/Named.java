package org.hearth.people;

import java.time.LocalDate;

/**
 * A person named on another module's own record (a Clare's Law application, a death review): one already known
 * ({@code existing}), or described by name and date of birth, which {@link NamedPeople#resolve} resolves through
 * the matching (a very likely match with the same name and date of birth is that person; otherwise a new record),
 * so no duplicate is made.
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
