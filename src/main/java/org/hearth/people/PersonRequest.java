package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person named in an API request body (a Clare's Law application's parties, a death review's deceased and
 * perpetrator): one already known by {@code id}, or described by name and date of birth.
 */
public record PersonRequest(UUID id, String givenName, String familyName, LocalDate dateOfBirth) {

    /** The person as the module's {@link Named}: the id when given, else the description. */
    public Named named() {
        return id != null ? Named.known(new PersonId(id)) : Named.described(givenName, familyName, dateOfBirth);
    }
}
