package org.hearth.casework.internal;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.Handover;
import org.hearth.casework.HandoverId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who holds a case, and the grants that follow: allocation by a manager of the service (lasting grants to the
 * worker, with safe contact, and to the agency), a handover requested by whoever may work the case (to another
 * agency, a read of {@link HandoverRules#READ_DAYS} days for the receiving agency), and its acceptance by the
 * receiving side (the new holders granted first, then the handover's read and the old holders' grants ended).
 */
@Component
class CaseHandovers {

    private final CaseStore store;
    private final CaseGate gate;
    private final CaseworkAudit audit;
    private final CaseServices services;
    private final PersonAccess access;

    CaseHandovers(CaseStore store, CaseGate gate, CaseworkAudit audit, CaseServices services, PersonAccess access) {
        this.store = store;
        this.gate = gate;
        this.audit = audit;
        this.services = services;
        this.access = access;
    }

    Case allocate(CaseId id, StaffUserId worker) {
        CaseRow r = gate.managed(id);
        if (r.c().status() != CaseStatus.AWAITING_ALLOCATION) {
            throw InvalidInputException.of("worker", "The case is not waiting for allocation: hand it over instead");
        }
        CaseService service = services.find(r.c().service()).orElseThrow();
        if (worker == null) {
            throw InvalidInputException.of("worker", "Choose a worker of " + service.name());
        }
        if (!service.hasWorker(worker)) {
            throw InvalidInputException.of("worker", "That member of staff is not a worker of " + service.name()
                    + ": allocate to one of its workers");
        }
        store.allocate(id, worker);
        grantAllocation(r.c(), worker, service.agency());
        audit.allocated(r.c(), worker);
        return store.row(id.value()).orElseThrow().c();
    }

    /** Need-to-know for the case's worker (with safe contact details) and their agency, as lasting grants. */
    void grantAllocation(Case c, StaffUserId worker, AgencyId agency) {
        GrantBasis basis = GrantBasis.of(JdbcCasework.CASE_BASIS, c.id());
        access.grant(c.person(), GrantHolder.user(worker), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT, null,
                basis);
        access.grant(c.person(), GrantHolder.agency(agency), AccessGround.ALLOCATED, AccessScope.RECORD, null, basis);
    }

    Handover handover(CaseId id, StaffUserId toWorker, CaseServiceId toService, AgencyId toAgency, String note) {
        Actor me = Roles.staff();
        Case c = gate.workable(id).c();
        CaseService from = services.find(c.service()).orElseThrow();
        HandoverRules.Target target = HandoverRules.target(c, from, toWorker, toService, toAgency, services.all(),
                note);
        CaseService to = target.to();
        UUID h = UUID.randomUUID();
        store.insertHandover(h, c, to.id(), toWorker, target.note(), me.actorId());
        if (!to.agency().equals(from.agency())) {
            // the receiving service reads the case to decide, on the handover's basis, for a limited time: a grant
            // that expires is not a lasting ground, so no one there can allocate the person to themselves (and see
            // the confidential address) before the handover is accepted; acceptance grants what the work needs
            access.grant(c.person(), GrantHolder.agency(to.agency()), AccessGround.HANDOVER, AccessScope.RECORD,
                    HandoverRules.readEnds(Instant.now()), GrantBasis.of(JdbcCasework.HANDOVER_BASIS, h));
        }
        audit.handoverRequested(h, c, to.id(), toWorker);
        return store.row(id.value()).orElseThrow().c().pendingHandover();
    }

    Case acceptHandover(HandoverId handover) {
        Actor me = Roles.staff();
        CaseStore.PendingHandover p = store.pendingHandover(handover)
                .orElseThrow(() -> new NoSuchElementException("No such handover waiting"));
        if (!CaseAccessRules.mayAccept(p, me, store::managerOf)) {
            throw new AccessDeniedException("For the receiving worker or the receiving service's managers");
        }
        Case c = store.row(p.caseId()).orElseThrow().c();
        CaseService from = services.find(new CaseServiceId(p.fromService())).orElseThrow();
        CaseService to = services.find(new CaseServiceId(p.toService())).orElseThrow();
        store.accept(handover, p, me.actorId());
        boolean agencyChanges = !to.agency().equals(from.agency());
        // the new holders first, then the old ones end
        if (p.toWorker() != null) {
            grantAllocation(c, new StaffUserId(p.toWorker()), to.agency());
        } else if (agencyChanges) {
            access.grant(c.person(), GrantHolder.agency(to.agency()), AccessGround.ALLOCATED, AccessScope.RECORD, null,
                    GrantBasis.of(JdbcCasework.CASE_BASIS, c.id()));
        }
        for (AccessGrant g : access.currentGrants(c.person())) {
            if (HandoverRules.endsOnAcceptance(g, c.id(), handover, p.fromWorker(), from.agency(), agencyChanges)) {
                access.end(g.id());
            }
        }
        audit.handoverAccepted(handover, c);
        return store.row(p.caseId()).orElseThrow().c();
    }
}
