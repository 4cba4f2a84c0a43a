package org.hearth.orders.web;

import java.util.UUID;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see a person's orders, for the pages and the API. The role check (casework roles, never analysts) is
 * {@link #ROLES}, on every handler with {@code @PreAuthorize}; the need-to-know check is {@link #person}, which
 * every handler passes through first (the module checks again: {@code Orders} refuses without a ground).
 */
@Component
class PersonOrderAccess {

    static final String ROLES = "hasAnyRole('PRACTITIONER', 'HUB_COORDINATOR', 'AGENCY_REPRESENTATIVE')";

    private final People people;
    private final PersonAccess access;

    PersonOrderAccess(People people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    /**
     * The person whose orders are asked for: 404 when there is no such person, 403 unless the actor holds a real
     * ground on them (their agency's grant or theirs, or the hub role; a break-glass reading is not enough: an
     * order's conditions can say where someone lives).
     */
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
}
