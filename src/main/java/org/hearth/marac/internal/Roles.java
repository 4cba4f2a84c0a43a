package org.hearth.marac.internal;

import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what in the marac module (see docs/marac.md). */
final class Roles {

    private Roles() {
    }

    static Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** System administrators and hub/MARAC coordinators manage MARACs. */
    static boolean mayManage() {
        return Actor.current().map(a -> a.hasRole(Role.SYSTEM_ADMIN) || a.hasRole(Role.HUB_COORDINATOR))
                .orElse(false);
    }

    /** Hub/MARAC coordinators run the referrals and agendas (they see every record through the hub ground). */
    static boolean coordinator() {
        return Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR)).orElse(false);
    }

    /**
     * Who sees SafeLives returns: hub/MARAC coordinators (figures as they are, and the cases behind them), partnership
     * coordinators, system administrators and analysts (figures through small-number suppression).
     */
    static boolean returnReader() {
        return Actor.current().map(a -> a.hasRole(Role.HUB_COORDINATOR) || a.hasRole(Role.PARTNERSHIP_COORDINATOR)
                || a.hasRole(Role.SYSTEM_ADMIN) || a.hasRole(Role.ANALYST)).orElse(false);
    }

    static boolean admin() {
        return Actor.current().map(a -> a.hasRole(Role.SYSTEM_ADMIN)).orElse(false);
    }

    static void requireCoordinator() {
        if (!coordinator()) {
            throw new AccessDeniedException("For hub/MARAC coordinators");
        }
    }
}
