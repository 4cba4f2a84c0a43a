package org.hearth.people.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.AllocationRequest;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess.Allocation;
import org.hearth.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * Allocating a worker to a person: at once on a real and lasting ground, otherwise a request a hub coordinator
 * (never the requester) approves or refuses. Checks who may call, audits; the SQL is {@link AllocationStore}'s.
 */
@Component
class Allocations {

    private final AllocationStore store;
    private final Grants grants;
    private final AuditTrail audit;

    Allocations(AllocationStore store, Grants grants, AuditTrail audit) {
        this.store = store;
        this.grants = grants;
        this.audit = audit;
    }

    Allocation allocateToMe(PersonId person) {
        StaffPrincipal me = AccessRules.staff();
        if (!store.personExists(person)) {
            throw new NoSuchElementException("No such person");
        }
        // a real, lasting ground only: the agency's grant or one of the user's own that does not expire by itself;
        // never a break-glass opening or a temporary ground such as MARAC research (an allocation has no end, so it
        // would outlive its ground), and never the hub role (a coordinator's allocation is approved by another)
        if (grants.view(person, me).lasting()) {
            grants.grant(person, GrantHolder.user(me.id()), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, null,
                    GrantBasis.of("person", person));
            audit.record(AuditAction.UPDATE, "person", List.of(person.toString()), "worker allocated");
            return Allocation.ALLOCATED;
        }
        UUID id = UUID.randomUUID();
        if (store.request(id, person, me.id(), me.agency())) {
            audit.record(AuditAction.CREATE, "allocation-request", List.of(id.toString(), person.toString()), null);
        }
        return Allocation.REQUESTED;
    }

    List<AllocationRequest> requests(boolean waitingOnly) {
        AccessRules.requireHub();
        audit.record(AuditAction.SEARCH, "allocation-request", List.of(), waitingOnly ? "waiting" : "all");
        return store.list(waitingOnly);
    }

    void approve(UUID requestId) {
        StaffPrincipal me = AccessRules.requireHub();
        AllocationStore.Waiting w = waiting(requestId, me);
        GrantBasis basis = GrantBasis.of("allocation-request", requestId);
        grants.grant(w.person(), GrantHolder.user(w.user()), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, null,
                basis);
        grants.grant(w.person(), GrantHolder.agency(w.agency()), AccessGround.ALLOCATED, AccessScope.RECORD, null,
                basis);
        store.decide(requestId, "APPROVED", null, me.id());
        audit.record(AuditAction.UPDATE, "allocation-request", List.of(requestId.toString(), w.person().toString()),
                "approved");
    }

    void refuse(UUID requestId, String reason) {
        StaffPrincipal me = AccessRules.requireHub();
        AllocationStore.Waiting w = waiting(requestId, me);
        store.decide(requestId, "REFUSED", AccessRules.refusalReason(reason), me.id());
        audit.record(AuditAction.UPDATE, "allocation-request", List.of(requestId.toString(), w.person().toString()),
                "refused");
    }

    private AllocationStore.Waiting waiting(UUID requestId, StaffPrincipal me) {
        AllocationStore.Waiting w = store.waiting(requestId)
                .orElseThrow(() -> new NoSuchElementException("No such request waiting"));
        AccessRules.requireNotOwn(w.user(), me);
        return w;
    }
}
