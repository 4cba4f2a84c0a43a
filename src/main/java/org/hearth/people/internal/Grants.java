package org.hearth.people.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for the signed-in actor: the whole of it is {@link #view} (their grants, contact grant and
 * break-glass opening, plus the hub coordinator's standing ground, {@link AccessRules#standing}); grants made and
 * ended, each audited. The rules are {@link AccessRules}', the SQL {@link GrantStore}'s; runs in its caller's
 * transaction ({@link JdbcPersonAccess}, {@link JdbcPeople}).
 */
@Component
class Grants {

    private final GrantStore store;
    private final AuditTrail audit;

    Grants(GrantStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** What {@code me} may see of the person. */
    AccessRules.View view(PersonId id, Actor me) {
        return store.view(id, me.agency().value(), me instanceof StaffPrincipal p ? p.id().value() : null,
                AccessRules.standing(me));
    }

    /** What the signed-in actor may see of the person. */
    AccessRules.View view(PersonId id) {
        return view(id, AccessRules.me());
    }

    AccessGrant grant(PersonId person, GrantHolder holder, AccessGround ground, AccessScope scope, Instant expiresAt,
            GrantBasis basis) {
        AccessRules.requireGrantable(ground, scope, holder);
        Actor me = AccessRules.me();
        UUID id = store.current(person, holder, ground, scope).orElse(null);
        if (id == null) {
            id = UUID.randomUUID();
            store.insert(id, person, holder, ground, scope, expiresAt, me.actorId(), basis);
            audit.record(AuditAction.CREATE, "access-grant", List.of(id.toString(), person.toString()),
                    AccessRules.granted(ground, scope, holder));
        }
        return store.find(id);
    }

    Set<PersonId> grantWhereHeld(Collection<PersonId> people, AgencyId agency, AccessGround ground, GrantBasis basis) {
        Set<PersonId> none = new LinkedHashSet<>(people);
        if (none.isEmpty()) {
            return none;
        }
        for (Map.Entry<PersonId, Boolean> e : store.heldBy(none, agency, ground).entrySet()) {
            none.remove(e.getKey());
            if (!e.getValue()) {
                grant(e.getKey(), GrantHolder.agency(agency), ground, AccessScope.RECORD, null, basis);
            }
        }
        return none;
    }

    void end(UUID grantId) {
        Actor me = AccessRules.me();
        store.end(grantId, me.actorId()).ifPresent(person -> audit.record(AuditAction.UPDATE, "access-grant",
                List.of(grantId.toString(), person.toString()), "ended"));
    }

    int endHeldBy(StaffUserId holder, AccessGround ground, Collection<GrantBasis> bases) {
        Actor me = AccessRules.me();
        int ended = 0;
        for (GrantBasis basis : new LinkedHashSet<>(bases)) {
            List<GrantStore.Ended> rows = store.endHeldBy(me.actorId(), holder, ground, basis);
            for (GrantStore.Ended r : rows) {
                audit.record(AuditAction.UPDATE, "access-grant", List.of(r.grant().toString(), r.person().toString()),
                        "ended: holder no longer entitled (" + basis.kind() + ")");
            }
            ended += rows.size();
        }
        return ended;
    }

    int endOn(PersonId person, Collection<AccessGround> grounds, Collection<GrantBasis> bases, String reason) {
        Actor me = AccessRules.me();
        if (grounds.isEmpty() || bases.isEmpty()) {
            return 0;
        }
        String[] names = grounds.stream().map(AccessGround::name).distinct().toArray(String[]::new);
        int ended = 0;
        for (GrantBasis basis : new LinkedHashSet<>(bases)) {
            List<UUID> rows = store.endOn(me.actorId(), person, names, basis);
            for (UUID g : rows) {
                audit.record(AuditAction.UPDATE, "access-grant", List.of(g.toString(), person.toString()),
                        "ended: " + reason);
            }
            ended += rows.size();
        }
        return ended;
    }

    /**
     * The person's current grants, to whoever may view the record; to a reader by break-glass alone with each specialist
     * (non-statutory) holder unnamed, as the stub shows them ({@link PeopleRules#asReadByGlass}).
     */
    List<AccessGrant> currentGrants(PersonId person) {
        AccessRules.View view = view(person);
        if (!view.full()) {
            throw new AccessDeniedException("No ground to see this person");
        }
        return store.current(person).stream().map(h -> view.glassAlone() && !h.statutory()
                ? PeopleRules.asReadByGlass(h.grant()) : h.grant()).toList();
    }

    /**
     * The people of these held by a grant of the actor or their agency (the hub: all): with {@code glass}, any current
     * grant or an open break-glass (who may be viewed); without, a lasting grant only (who is grounded).
     */
    Set<PersonId> among(Collection<PersonId> people, boolean glass) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Actor me = AccessRules.me();
        if (AccessRules.standing(me)) {
            return Set.copyOf(people);
        }
        return store.among(people, me.agency().value(), me instanceof StaffPrincipal p ? p.id().value() : null,
                glass);
    }

    /** The people of these the actor holds a safe-contact grant on personally ({@link AccessRules.View#contact}). */
    Set<PersonId> contactAmong(Collection<PersonId> people) {
        return !people.isEmpty() && AccessRules.me() instanceof StaffPrincipal p
                ? store.contactAmong(people, p.id().value()) : Set.of();
    }

    boolean agencyHolds(PersonId person, AgencyId agency) {
        return store.agencyHolds(person, agency);
    }

    java.util.Set<PersonId> agencyHoldsAmong(java.util.Collection<PersonId> people, AgencyId agency) {
        return store.agencyHoldsAmong(people, agency);
    }
}
