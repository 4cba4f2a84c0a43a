package org.hearth.referrals.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.referrals.Referral;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see or act on a referral: a hub coordinator, the referring agency, or anyone who may view the victim's
 * record; the hub's work (triage, links, areas, the agenda) is a hub coordinator's, signed in, never an API client's.
 */
@Component
class ReferralAccess {

    private final PersonAccess access;

    ReferralAccess(PersonAccess access) {
        this.access = access;
    }

    boolean maySee(Referral r) {
        Optional<Actor> me = Actor.current();
        if (me.isEmpty()) {
            return false;
        }
        return me.get().hasRole(Role.HUB_COORDINATOR) || me.get().agency().equals(r.referringAgency())
                || access.mayView(r.victim());
    }

    /** Whether the current reader may see {@code r} ({@link #maySee}) only through a break-glass reading of its victim. */
    boolean byGlassAlone(Referral r) {
        Optional<Actor> me = Actor.current();
        return me.isPresent() && !me.get().hasRole(Role.HUB_COORDINATOR)
                && !me.get().agency().equals(r.referringAgency()) && r.victim() != null
                && !access.mayViewWithoutGlass(r.victim());
    }

    /**
     * {@link #maySee} for many referrals at once, given each one's referring agency and victim (null when none is
     * recorded): one need-to-know query for all the victims, whatever their number.
     */
    BiPredicate<AgencyId, PersonId> maySeeAmong(Collection<PersonId> victims) {
        Optional<Actor> me = Actor.current();
        if (me.isEmpty()) {
            return (agency, victim) -> false;
        }
        if (me.get().hasRole(Role.HUB_COORDINATOR)) {
            return (agency, victim) -> true;
        }
        AgencyId mine = me.get().agency();
        Set<PersonId> viewable = access.viewableAmong(victims.stream()
                .filter(Objects::nonNull).distinct().toList());
        return (agency, victim) -> mine.equals(agency) || victim != null && viewable.contains(victim);
    }

    /** The signed-in hub coordinator, or refused with "Hub coordinators {@code what}". */
    StaffPrincipal hubCoordinator(String what) {
        return currentUser().filter(u -> u.hasRole(Role.HUB_COORDINATOR))
                .orElseThrow(() -> new AccessDeniedException("Hub coordinators " + what));
    }

    /** The signed-in member of staff (triage is a person's decision, never an API client's). */
    static Optional<StaffPrincipal> currentUser() {
        return Actor.current().filter(StaffPrincipal.class::isInstance).map(StaffPrincipal.class::cast);
    }
}
