package org.hearth.people.internal;

import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantHolder;
import org.springframework.security.access.AccessDeniedException;

/**
 * Need-to-know as pure rules, no database: what one actor's {@link View} of a record allows, the hub coordinator's
 * standing ground, what may be granted, who is acting and who decides allocations.
 */
final class AccessRules {

    private AccessRules() {
    }

    /**
     * What one actor may see of one person.
     *
     * @param grant a current grant held by the actor or their agency
     * @param lasting one of those grants has no expiry (a temporary ground, such as MARAC research, reads the record
     *     but gives no confidential address, no allocation, no referral and no change: it must not renew itself)
     * @param hub the hub coordinator's standing ground (see {@link #standing})
     * @param glass an unexpired break-glass opening of the actor's own (staff only)
     * @param contact a current safe-contact grant held by the actor personally
     */
    record View(boolean grant, boolean lasting, boolean hub, boolean glass, boolean contact) {

        /** The full record is shown. */
        boolean full() {
            return grant || hub || glass;
        }

        /**
         * A real and lasting ground: not a break-glass reading, nor a grant that expires by itself. Confidential
         * addresses show, and changes, allocations and referrals are allowed, only with one.
         */
        boolean grounded() {
            return lasting || hub;
        }

        /**
         * Read by break-glass alone: an open break-glass reading and nothing else (no grant of the actor's or their
         * agency's, lasting or temporary, and not the hub role). What other agencies' work on the person has made of
         * her (a referral to MARAC, which specialist service holds her) is not shown on such a reading.
         */
        boolean glassAlone() {
            return glass && !grant && !hub;
        }
    }

    /** The hub coordinator's standing ground to every record: the one rule that is not a stored grant. */
    static boolean standing(Actor me) {
        return me.hasRole(Role.HUB_COORDINATOR);
    }

    /** The hub ground is held through the role, never granted (nor given to a new record). */
    static void requireGrantable(AccessGround ground) {
        if (ground == AccessGround.HUB) {
            throw new IllegalArgumentException("The hub ground is held through the role, never granted");
        }
    }

    /** As {@link #requireGrantable(AccessGround)}, and safe contact details only ever to a named member of staff. */
    static void requireGrantable(AccessGround ground, AccessScope scope, GrantHolder holder) {
        requireGrantable(ground);
        if (scope == AccessScope.SAFE_CONTACT && holder.user() == null) {
            throw new IllegalArgumentException("Safe contact details are granted to a named member of staff only");
        }
    }

    /** The signed-in member of staff or API client acting. */
    static Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** For what only a person can do (be allocated, break the glass, decide an allocation). */
    static StaffPrincipal staff() {
        if (me() instanceof StaffPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Only staff can do this");
    }

    /** Allocation requests are listed and decided by hub coordinators only. */
    static StaffPrincipal requireHub() {
        StaffPrincipal me = staff();
        if (!standing(me)) {
            throw new AccessDeniedException("Hub coordinators decide allocations");
        }
        return me;
    }

    /** Nobody decides their own allocation. */
    static void requireNotOwn(StaffUserId requester, StaffPrincipal me) {
        if (requester.equals(me.id())) {
            throw new AccessDeniedException("Nobody decides their own allocation");
        }
    }

    /** A refusal's reason as stored: trimmed, null when blank, at most 2000 characters. */
    static String refusalReason(String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        return why == null || why.length() <= 2000 ? why : why.substring(0, 2000);
    }

    /** The audit's words for a new grant: ground, scope and holder (ids only). */
    static String granted(AccessGround ground, AccessScope scope, GrantHolder holder) {
        return ground + " " + scope + " to " + (holder.agency() != null ? "agency " + holder.agency().value()
                : "user " + holder.user().value());
    }
}
