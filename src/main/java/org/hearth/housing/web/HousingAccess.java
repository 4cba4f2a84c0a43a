package org.hearth.housing.web;

import java.util.UUID;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may reach a person's sanctuary and refuge referrals: casework roles ({@link #ROLES}, on every handler) with a
 * real ground on the person ({@link #person}; a break-glass reading is not enough: these records say where someone
 * lives or is going). {@code Housing} checks again.
 */
@Component
class HousingAccess {

    static final String ROLES = "hasAnyRole('PRACTITIONER', 'HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE')";
    static final String PROVIDER_READERS = "hasAnyRole('PRACTITIONER', 'HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE', "
            + "'PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";
    static final String MANAGERS = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";

    private final People people;
    private final PersonAccess access;

    HousingAccess(People people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    /** The person: 404 when there is none, 403 without a real ground. */
    PersonId person(UUID personId) {
        PersonId id = new PersonId(personId);
        if (people.name(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!access.holdsGround(id)) {
            throw new AccessDeniedException("No ground on this person's record");
        }
        return id;
    }

    String name(PersonId person) {
        return people.name(person).orElse("");
    }
}
