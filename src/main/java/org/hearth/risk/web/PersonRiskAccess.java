package org.hearth.risk.web;

import org.hearth.access.Role;
import org.hearth.people.PersonGuard;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * Who may see a person's risk records. The role check (practitioners, hub coordinators and agency
 * representatives; never analysts) is {@link #ROLES}, applied with {@code @PreAuthorize} on every risk page and
 * API handler. Every handler also passes through {@link #person}, the one place the need-to-know check goes.
 */
@Component
class PersonRiskAccess {

    /** Roles that may see person-level risk records. */
    static final String ROLES = Role.WORKS_CASES;

    private final PersonGuard guard;

    PersonRiskAccess(PersonGuard guard) {
        this.guard = guard;
    }

    /**
     * The person whose risk records {@code me} is about to see or add to: 404 when there is no such person,
     * 403 unless {@code me} may see the record ({@link PersonGuard#viewable}: a grant, the hub role, or an open
     * break-glass reading).
     */
    PersonId person(StaffPrincipal me, UUID personId) {
        return guard.viewable(personId);
    }
}
