package org.hearth.people;

import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "may this user work on this person" checks for another module's person pages and API, each in the one order:
 * the person must exist (404, whoever asks), then the actor must pass the rule (403 otherwise). The rules live here,
 * in the people module, and nowhere else:
 * <ul>
 * <li>{@link #grounded}: a real ground on the person ({@link PersonAccess#holdsGround}: their agency's grant or
 * theirs, or the hub role), for the pages that act on a person (orders, sanctuary and refuge referrals, a casework,
 * programme or MARAC referral). A break-glass opening is not enough: it lets its user read the person's record, not
 * act on it or see where they live.</li>
 * <li>{@link #viewable}: the full record may be read ({@link PersonAccess#mayView}: a ground, or an open break-glass
 * reading), for the pages that only show what the record holds (the risk records).</li>
 * </ul>
 * The module behind the page checks again; the page's {@code @Audited} records the read once past this check.
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
        return checked(personId, access::holdsGround, "No ground on this person's record");
    }

    /**
     * The person, once the actor may read their full record (a ground, or an open break-glass reading): 404 when there
     * is none, 403 otherwise.
     */
    public PersonId viewable(UUID personId) {
        return checked(personId, access::mayView, "No ground to see this person");
    }

    /**
     * The person named by a path: 404 when there is no such person (whoever asks), then 403 with {@code refusal}
     * unless {@code may} accepts them. Private: a rule another module wrote is no guard.
     */
    private PersonId checked(UUID personId, Predicate<PersonId> may, String refusal) {
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
