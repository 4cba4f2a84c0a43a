package org.hearth.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Need-to-know for person records: the one access model. Every access to a person's record is a grant
 * ({@link AccessGrant}: ground, scope, holder, start, end, approver, basis); the person page, risk, referrals
 * and later modules ask this interface and never read the tables. Besides grants there are exactly two rules:
 * <ul>
 * <li>hub coordinators hold a standing {@link AccessGround#HUB} ground to every record (scope
 * {@link AccessScope#RECORD}), through their role;</li>
 * <li>a break-glass opening ({@link People#breakGlass}) lets its user read the record, without confidential
 * addresses or safe contact details, until it expires; it never creates or counts as a grant.</li>
 * </ul>
 * Methods act as the signed-in user (or API client); writes are audited.
 */
public interface PersonAccess {

    /**
     * Grants {@code holder} access to the person on {@code ground}, approved by the current user. Idempotent:
     * when the holder already has a current grant of the same ground and scope, that one is returned.
     *
     * @param expiresAt when a temporary grant lapses, or null until it is ended
     * @throws IllegalArgumentException for a {@link AccessScope#SAFE_CONTACT} grant to an agency, or the
     *     {@link AccessGround#HUB} ground (held through the role, never granted)
     */
    AccessGrant grant(PersonId person, GrantHolder holder, AccessGround ground, AccessScope scope, Instant expiresAt,
            GrantBasis basis);

    /** Ends a grant now (recording who ended it); ending one already ended does nothing. */
    void end(UUID grantId);

    /**
     * Ends now every current grant of this ground held by this member of staff that rests on one of these bases
     * (e.g. the MARAC research grants of a representative removed from the MARAC, on its meetings). Audited per
     * person; returns how many were ended.
     */
    int endHeldBy(org.hearth.access.StaffUserId holder, AccessGround ground, java.util.Collection<GrantBasis> bases);

    /**
     * Ends now every current grant on the person, whoever holds it, of one of these grounds that rests on one of
     * these bases (e.g. a MARAC case transferred out: the research and action grants its meetings and actions made at
     * the sending MARAC). Audited per grant, "ended: " and the reason (ids only, e.g. {@code marac-transfer <id>});
     * returns how many were ended.
     */
    int endOn(PersonId person, java.util.Collection<AccessGround> grounds, java.util.Collection<GrantBasis> bases,
            String reason);

    /** The person's current grants (started, not ended, not expired), oldest first. Needs {@link #mayView}. */
    List<AccessGrant> currentGrants(PersonId person);

    /**
     * Whether the current actor may read the full record: a current grant held by them or their agency, the hub
     * coordinator's standing ground, or (staff only) an unexpired break-glass opening of their own.
     */
    boolean mayView(PersonId person);

    /** As {@link #mayView}, but a break-glass opening does not count: the actor has a real ground. */
    boolean holdsGround(PersonId person);

    /**
     * As {@link #mayView}, but not by a break-glass opening alone: a current grant held by the actor or their agency,
     * lasting or temporary (MARAC research, a hub meeting...), or the hub coordinator's standing ground. What other
     * agencies' work has made of the person, such as her referrals to MARAC, shows only to such a reader (a reader
     * by break-glass alone sees the record without it). Unlike {@link #holdsGround}, a temporary grant counts.
     */
    boolean mayViewWithoutGlass(PersonId person);

    /**
     * Of these people, the ones the current actor holds a real ground for ({@link #holdsGround}), in one query
     * whatever their number: for searches by a detail such as a postcode, which must not reveal the others, not even
     * by how long they take.
     */
    java.util.Set<PersonId> groundedAmong(java.util.Collection<PersonId> people);

    /** Of these people, the ones whose full record the current actor may read ({@link #mayView}), in one query. */
    java.util.Set<PersonId> viewableAmong(java.util.Collection<PersonId> people);

    /** Whether the current actor's agency holds a current grant (break-glass and the hub role do not count). */
    boolean agencyHoldsGrant(PersonId person, org.hearth.partnership.AgencyId agency);

    /** Of these people, the ones {@code agency} holds a current grant on ({@link #agencyHoldsGrant}), in one query. */
    java.util.Set<PersonId> agencyHoldsGrantAmong(java.util.Collection<PersonId> people,
            org.hearth.partnership.AgencyId agency);

    /**
     * For a referral naming several people at once (the doors without a person at them): grants {@code agency}
     * {@code ground} on the record (scope RECORD, with {@code basis}) of each of {@code people} it already holds a
     * current grant on, unless it holds that very grant already (as {@link #grant} would), and returns the others,
     * which it holds no grant on. One query for all of them, whatever their number.
     */
    java.util.Set<PersonId> grantWhereHeld(java.util.Collection<PersonId> people, org.hearth.partnership.AgencyId agency,
            AccessGround ground, GrantBasis basis);

    /** Whether the current member of staff may see the safe phone number and safe address: a SAFE_CONTACT grant of their own. */
    boolean mayViewContact(PersonId person);

    /**
     * Of these people, those whose safe phone number and address the current actor may see ({@link #mayViewContact}),
     * in one query.
     */
    java.util.Set<PersonId> contactAmong(java.util.Collection<PersonId> people);

    /** What {@link #allocateToMe} did. */
    enum Allocation {
        /** The user was allocated at once: their agency (or they) already held a grant. */
        ALLOCATED,
        /** A request went to the hub coordinators, who approve or refuse it. */
        REQUESTED
    }

    /**
     * Allocates the current member of staff to the person ({@link AccessGround#ALLOCATED},
     * {@link AccessScope#SAFE_CONTACT}) at once when their agency or they already hold a grant; otherwise (a
     * break-glass opening, or the stub) records a request for a hub coordinator to decide.
     */
    Allocation allocateToMe(PersonId person);

    /** Allocation requests, newest first (waiting ones only, or all); for hub coordinators. Audited as a search. */
    List<AllocationRequest> allocationRequests(boolean waitingOnly);

    /**
     * Approves a waiting request (hub coordinators; never one's own): grants the worker
     * {@link AccessGround#ALLOCATED} with {@link AccessScope#SAFE_CONTACT} and their agency the record, approved by
     * the current user.
     */
    void approveAllocation(UUID requestId);

    /** Refuses a waiting request (hub coordinators), with a reason; nothing is granted. */
    void refuseAllocation(UUID requestId, String reason);
}
