package org.hearth.casework.internal;

import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.ApiScope;
import org.hearth.access.StaffUserId;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.Handover;
import org.hearth.partnership.AgencyId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read, work and manage a case: pure decisions over the case, the actor and the services the actor manages
 * (asked through {@link Managers}, the store's lookup), so each can be tested without Spring or a database.
 *
 * <ul>
 * <li>a case is <b>read</b> by its worker, its service's managers, and the receiving worker or service managers of a
 * handover waiting to be accepted; an API client reads the cases of its own agency's services with
 * {@code casework:read};</li>
 * <li>a case is <b>worked</b> (written) by its worker and its service's managers, never by an API client;</li>
 * <li>a service is <b>managed</b> (allocation, acknowledging an unsafe channel, reopening) by its managers who hold a
 * casework role;</li>
 * <li>a handover is <b>accepted</b> by its receiving worker or the receiving service's managers;</li>
 * <li>an agency's cases are <b>listed</b> for its own staff and its own API clients with {@code casework:read}.</li>
 * </ul>
 */
final class CaseAccessRules {

    /** Whether a member of staff manages a case-holding service. */
    @FunctionalInterface
    interface Managers {
        boolean manages(CaseServiceId service, UUID user);
    }

    private CaseAccessRules() {
    }

    /** Holds a role that works with individual people's records (never an analyst, never an API client). */
    static boolean caseworker(Actor me) {
        return me.worksCases();
    }

    static boolean mayRead(CaseRow r, Actor me, Managers managers) {
        if (me.apiClient()) {
            return mayReadAsClient(me) && me.agency().equals(r.agency());
        }
        if (!caseworker(me)) {
            return false;
        }
        if (mayWork(r, me, managers)) {
            return true;
        }
        Handover h = r.c().pendingHandover();
        return h != null && (me.actorId().equals(id(h.toWorker())) || managers.manages(h.toService(), me.actorId()));
    }

    static boolean mayWork(CaseRow r, Actor me, Managers managers) {
        return !me.apiClient() && caseworker(me)
                && (me.actorId().equals(id(r.c().worker())) || managers.manages(r.c().service(), me.actorId()));
    }

    static boolean manages(CaseServiceId service, Actor me, Managers managers) {
        return !me.apiClient() && caseworker(me) && managers.manages(service, me.actorId());
    }

    /** The receiving worker of a waiting handover, or a manager of the receiving service. */
    static boolean mayAccept(CaseStore.PendingHandover p, Actor me, Managers managers) {
        return caseworker(me) && (me.actorId().equals(p.toWorker())
                || managers.manages(new CaseServiceId(p.toService()), me.actorId()));
    }

    /** An agency's cases: refused to anyone of another agency, and to an API client without {@code casework:read}. */
    static void requireAgencyCases(AgencyId agency, Actor me) {
        if (!me.agency().equals(agency)) {
            throw new AccessDeniedException("Another agency's cases");
        }
        if (me.apiClient() && !mayReadAsClient(me)) {
            throw new AccessDeniedException("Needs scope casework:read");
        }
    }

    private static boolean mayReadAsClient(Actor me) {
        return me instanceof ApiClientPrincipal p && p.scopes().contains(ApiScope.CASEWORK_READ);
    }

    static UUID id(StaffUserId user) {
        return user == null ? null : user.value();
    }
}
