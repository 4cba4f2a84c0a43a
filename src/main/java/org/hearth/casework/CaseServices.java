package org.hearth.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;

/**
 * Case-holding services and their workers. System administrators set services up; a service's managers (and
 * administrators) add workers and change their hours. Writes are audited.
 */
public interface CaseServices {

    /**
     * @throws org.hearth.platform.InvalidInputException for a blank or taken name, a target outside 0-30 working
     *     days, a caseload range that is not positive and ordered
     */
    CaseService create(AgencyId agency, AreaId area, ServiceKind kind, String name, int firstContactDays,
            int fullTimeLow, int fullTimeHigh);

    /**
     * Adds a worker (or changes their hours and whether they manage).
     *
     * @throws org.hearth.platform.InvalidInputException for a member of staff of another agency, or hours outside
     *     (0, 1]
     */
    void setWorker(CaseServiceId service, StaffUserId user, BigDecimal fte, boolean manager);

    List<CaseService> all();

    Optional<CaseService> find(CaseServiceId id);

    /** The services the current member of staff works in. */
    List<CaseService> mine();

    /** Each worker's open cases against the guide scaled by their hours (managers and the service's administrators). */
    List<Caseload> caseload(CaseServiceId service);

    /** When first contact is due for a referral on {@code referredOn}: the service's working days after it. */
    LocalDate firstContactDue(CaseServiceId service, LocalDate referredOn);
}
