package org.hearth.encompass.internal;

import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read Operation Encompass: the clock is the hub's (hub coordinators and administrators), the attention
 * lists, which name people, hub coordinators' alone; the figures also partnership coordinators' and analysts'; a notification's content only the
 * key adult of the school it was sent to (their school is matched in the query).
 */
final class EncompassAccess {

    private EncompassAccess() {
    }

    /** Hub coordinators and administrators. */
    static void requireHub() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!me.hasRole(Role.HUB_COORDINATOR) && !me.hasRole(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("hub coordinators only");
        }
    }

    /**
     * Hub coordinators alone, signed in as staff: the lists that name the children and adults waiting for a school or
     * a practice, and recording one. An administrator keeps the registers but reads no one's name.
     */
    static void requireHubCoordinator() {
        boolean may = Actor.current().map(a -> !a.apiClient() && a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
        if (!may) {
            throw new AccessDeniedException("hub coordinators only");
        }
    }

    /** The figures: the hub, partnership coordinators and analysts (aggregates only). */
    static void requireFigures() {
        boolean may = Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR) || a.hasRole(Role.SYSTEM_ADMIN)
                || a.hasRole(Role.PARTNERSHIP_COORDINATOR) || a.hasRole(Role.ANALYST)).orElse(false);
        if (!may) {
            throw new AccessDeniedException("For coordinators, administrators and analysts");
        }
    }

    /** The signed-in key adult: only the restricted role reads notifications through these methods. */
    static StaffPrincipal keyAdult() {
        Actor me = Actor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!(me instanceof StaffPrincipal p) || !p.hasRole(Role.ESTABLISHMENT_CONTACT)) {
            throw new AccessDeniedException("key adults only");
        }
        return p;
    }
}
