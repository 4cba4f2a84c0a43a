package org.hearth.casework.internal;

import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who is acting, for the casework module. */
final class Roles {

    private Roles() {
    }

    static Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** A member of staff (never an API client): allocation, handover and plans name a person who did them. */
    static Actor staff() {
        Actor me = actor();
        if (me.apiClient()) {
            throw new AccessDeniedException("For members of staff");
        }
        return me;
    }

    static boolean admin() {
        return Actor.current().map(a -> a.hasRole(Role.SYSTEM_ADMIN)).orElse(false);
    }

    static boolean casework() {
        return Actor.current().map(Actor::worksCases).orElse(false);
    }
}
