package org.hearth.people.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.AllocationRequest;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonAccess}, each call in one transaction: grants and need-to-know ({@link Grants}, whose whole view of
 * a record is {@link Grants#view}) and allocation requests ({@link Allocations}). The rules are pure
 * ({@link AccessRules}); the SQL is in stores ({@link GrantStore}, {@link AllocationStore}).
 */
@Service
@Transactional
class JdbcPersonAccess implements PersonAccess {

    private final Grants grants;
    private final Allocations allocations;

    JdbcPersonAccess(Grants grants, Allocations allocations) {
        this.grants = grants;
        this.allocations = allocations;
    }

    @Override
    public AccessGrant grant(PersonId person, GrantHolder holder, AccessGround ground, AccessScope scope,
            Instant expiresAt, GrantBasis basis) {
        return grants.grant(person, holder, ground, scope, expiresAt, basis);
    }

    @Override
    public Set<PersonId> grantWhereHeld(Collection<PersonId> people, AgencyId agency, AccessGround ground,
            GrantBasis basis) {
        return grants.grantWhereHeld(people, agency, ground, basis);
    }

    @Override
    public void end(UUID grantId) {
        grants.end(grantId);
    }

    @Override
    public int endHeldBy(StaffUserId holder, AccessGround ground, Collection<GrantBasis> bases) {
        return grants.endHeldBy(holder, ground, bases);
    }

    @Override
    public int endOn(PersonId person, Collection<AccessGround> grounds, Collection<GrantBasis> bases, String reason) {
        return grants.endOn(person, grounds, bases, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessGrant> currentGrants(PersonId person) {
        return grants.currentGrants(person);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayView(PersonId person) {
        return grants.view(person).full();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsGround(PersonId person) {
        return grants.view(person).grounded();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayViewWithoutGlass(PersonId person) {
        AccessRules.View view = grants.view(person);
        return view.full() && !view.glassAlone();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> groundedAmong(Collection<PersonId> people) {
        return grants.among(people, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> viewableAmong(Collection<PersonId> people) {
        return grants.among(people, true);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean agencyHoldsGrant(PersonId person, AgencyId agency) {
        return grants.agencyHolds(person, agency);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> agencyHoldsGrantAmong(Collection<PersonId> people, AgencyId agency) {
        return grants.agencyHoldsAmong(people, agency);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayViewContact(PersonId person) {
        return grants.view(person).contact();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> contactAmong(Collection<PersonId> people) {
        return grants.contactAmong(people);
    }

    @Override
    public Allocation allocateToMe(PersonId person) {
        return allocations.allocateToMe(person);
    }

    @Override
    public List<AllocationRequest> allocationRequests(boolean waitingOnly) {
        return allocations.requests(waitingOnly);
    }

    @Override
    public void approveAllocation(UUID requestId) {
        allocations.approve(requestId);
    }

    @Override
    public void refuseAllocation(UUID requestId, String reason) {
        allocations.refuse(requestId, reason);
    }
}
