package org.hearth.casework;

import java.util.List;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;

/**
 * A case-holding service of an agency: its kind, the area it covers (null: the whole partnership), its first-contact
 * target in working days, the caseload guide for a full-time worker (SafeLives: 60-80 for an IDVA) and its workers.
 */
public record CaseService(CaseServiceId id, AgencyId agency, String agencyName, AreaId area, ServiceKind kind,
        String name, int firstContactDays, int fullTimeLow, int fullTimeHigh, List<Worker> workers) {

    public CaseService {
        workers = List.copyOf(workers);
    }

    public boolean hasWorker(org.hearth.access.StaffUserId user) {
        return workers.stream().anyMatch(w -> w.user().equals(user));
    }

    /**
     * Whether this service may take over a case of the {@code from} service: another service of the same kind,
     * run by another agency or by the same agency in another area (within one service a case goes to a colleague).
     */
    public boolean takesOverFrom(CaseService from) {
        return kind == from.kind() && !id.equals(from.id());
    }

    public boolean managedBy(org.hearth.access.StaffUserId user) {
        return workers.stream().anyMatch(w -> w.user().equals(user) && w.manager());
    }
}
