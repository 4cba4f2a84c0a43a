package org.hearth.people;

import java.time.LocalDate;

/**
 * A person named on another module's own record (a Clare's Law application, a death review): one already known
 * ({@code existing}), or described by name and date of birth, which {@link NamedPeople#resolve} resolves through
 * the matching (a very likely match with the same name and date of birth is that person; otherwise a new record),
 * so no duplicate is made.
 */
public record Named(PersonId existing, String givenName, String familyName, LocalDate dateOfBirth) {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public static Named known(PersonId id) {
        return new Named(id, null, null, null);
    }

    public static Named described(String givenName, String familyName, LocalDate dateOfBirth) {
        return new Named(null, givenName, familyName, dateOfBirth);
    }

    /**
     * What is wrong with this person as given, in words naming {@code who} ("the applicant"), or null when nothing
     * is: a known person is right as it is; one described needs a given and a family name of 100 characters or fewer
     * each, and a date of birth, if any, that is real and in the past (not before 1900). Nothing given is for the
     * caller to accept or refuse.
     */
    public String refusal(String who, LocalDate today) {
        if (existing != null || blank()) {
            return null;
        }
        if (givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
            return "Enter the given name and family name of " + who;
        }
        if (givenName.strip().length() > 100 || familyName.strip().length() > 100) {
            return "Names must be 100 characters or fewer";
        }
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(EARLIEST_BIRTH))) {
            return "The date of birth of " + who + " must be a real date in the past";
        }
        return null;
    }

    /** Whether nothing was given. */
    public boolean blank() {
        return existing == null && (givenName == null || givenName.isBlank())
                && (familyName == null || familyName.isBlank()) && dateOfBirth == null;
    }
}
