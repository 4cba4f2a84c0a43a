package org.hearth.casework.internal;

import java.util.NoSuchElementException;
import org.hearth.access.Actor;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseStatus;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The door to one case, for every casework service: reading it (by {@link CaseAccessRules#mayRead}, audited as a
 * read of the person), writing on it (by {@link CaseAccessRules#mayWork}, never once closed) and managing it (by
 * {@link CaseAccessRules#manages}). Each is refused with an {@link AccessDeniedException} before anything is read
 * from the case beyond its row, or written.
 */
@Component
class CaseGate {

    private final CaseStore store;
    private final CaseworkAudit audit;

    CaseGate(CaseStore store, CaseworkAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    CaseRow existing(CaseId id) {
        return store.row(id.value()).orElseThrow(() -> new NoSuchElementException("No such case"));
    }

    /** The case for reading, audited with the person's id; refused otherwise. */
    CaseRow readable(CaseId id, String what) {
        CaseRow r = existing(id);
        if (!CaseAccessRules.mayRead(r, Roles.actor(), store::managerOf)) {
            throw new AccessDeniedException("Not this case's worker or service");
        }
        audit.read(r.c(), what);
        return r;
    }

    /** The case for writing (its worker or a manager of its service; not closed). */
    CaseRow workable(CaseId id) {
        CaseRow r = existing(id);
        if (!CaseAccessRules.mayWork(r, Roles.actor(), store::managerOf)) {
            throw new AccessDeniedException("Not this case's worker or a manager of its service");
        }
        if (r.c().status() == CaseStatus.CLOSED) {
            throw InvalidInputException.of("case", "The case is closed");
        }
        return r;
    }

    /** The case, for a member of staff managing its service (allocation, an unsafe channel acknowledged). */
    CaseRow managed(CaseId id) {
        Actor me = Roles.staff();
        CaseRow r = existing(id);
        if (!CaseAccessRules.manages(r.c().service(), me, store::managerOf)) {
            throw new AccessDeniedException("For the service's managers");
        }
        return r;
    }
}
