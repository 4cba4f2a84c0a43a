package org.hearth.housing.internal;

import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;

/**
 * Who may see and do what in housing, as pure functions of the actor and the record (no database): the people
 * named on a sanctuary referral see the home's address; the referring worker and the provider know the refuge.
 */
final class HousingRules {

    private HousingRules() {
    }

    /** What the rules look up: whether an area, an agency and a member of staff exist. */
    record Known(Predicate<UUID> area, Predicate<AgencyId> agency, Predicate<StaffUserId> staff) {
    }

    /** The actor's own user id; none for an API client. */
    static UUID myUserId(Actor me) {
        return me.apiClient() ? null : me.actorId();
    }

    /** The coordinator, the surveyor and the referring worker: the only ones who see the home's address. */
    static boolean namedOnSanctuary(SanctuaryStore.ReferralRow r, Actor me) {
        UUID mine = myUserId(me);
        return mine != null && (mine.equals(r.coordinator()) || mine.equals(r.surveyor())
                || mine.equals(r.referredBy()));
    }

    /** The referring worker, the provider's named worker and the provider's own staff: who may know the refuge. */
    static boolean knowsRefuge(RefugeStore.ReferralRow r, Actor me) {
        UUID mine = myUserId(me);
        return (mine != null && (mine.equals(r.referredBy()) || mine.equals(r.providerWorker())))
                || (r.providerAgency() != null && r.providerAgency().equals(me.agency().value()));
    }

    /** A contractor's staff see its job sheets: casework roles of the contractor agency. */
    static boolean contractor(Actor me) {
        return !me.apiClient() && me.worksCases();
    }

    /** Partnership coordinators and administrators keep the refuge providers. */
    static boolean manager(Actor me) {
        return me.hasRole(Role.PARTNERSHIP_COORDINATOR) || me.hasRole(Role.SYSTEM_ADMIN);
    }

    /** Referrers and the partnership's coordinators read the providers (an API client too). */
    static boolean providerReader(Actor me) {
        return me.apiClient() || Stream.of(Role.PRACTITIONER, Role.HUB_COORDINATOR, Role.AGENCY_REPRESENTATIVE,
                Role.PARTNERSHIP_COORDINATOR, Role.SYSTEM_ADMIN).anyMatch(me::hasRole);
    }

    /** The provider's own staff report its vacancies, and its managers. */
    static boolean reportsVacancies(UUID providerAgency, Actor me) {
        boolean own = providerAgency != null && providerAgency.equals(me.agency().value());
        return own || manager(me);
    }
}
