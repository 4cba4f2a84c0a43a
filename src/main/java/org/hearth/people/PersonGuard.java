package org.hearth.people;

import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one "may this user work on this person" check for another module's person pages and API (orders, sanctuary
 * and refuge referrals, a casework referral): the person must exist (404) and the actor must hold a real ground on
 * them ({@link PersonAccess#holdsGround}: their agency's grant or theirs, or the hub role; 403 otherwise). A
 * break-glass opening is not enough: it lets its user read the person's record, not act on it or see where they
 * live. The module behind the page checks again; the page's {@code @Audited} records the read once past this check.
 */
@Component
public final class PersonGuard {

    private final People people;
    private final PersonAccess access;

    PersonGuard(People people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    /** The person, once the actor holds a real ground on them: 404 when there is none, 403 without a ground. */
    public PersonId grounded(UUID personId) {
        return checked(people, personId, access::holdsGround, "No ground on this person's record");
    }

    /**
     * The person named by a path, checked in the one order every guard uses: 404 when there is no such person (whoever
     * asks), then 403 with {@code refusal} unless {@code may} accepts them.
     */
    public static PersonId checked(People people, UUID personId, Predicate<PersonId> may, String refusal) {
        PersonId id = new PersonId(personId);
        if (people.name(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!may.test(id)) {
            throw new AccessDeniedException(refusal);
        }
        return id;
    }
}
