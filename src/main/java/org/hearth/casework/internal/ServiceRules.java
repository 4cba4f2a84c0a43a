package org.hearth.casework.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.casework.CaseService;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.platform.InvalidInputException;

/**
 * A case-holding service's rules, pure: who may staff it (its managers and system administrators: putting someone in
 * a service lets them reach its cases), and the bounds of a service and of a worker's hours. The caseload range is
 * what the managers' capacity figures rest on. Lookups (an agency, an area, a name in use) are passed in.
 */
final class ServiceRules {

    static final int MAX_NAME = 200;
    static final int MAX_FIRST_CONTACT_DAYS = 30;
    static final int MAX_CASELOAD = 500;

    private ServiceRules() {
    }

    /** Staffing a service, and reading its caseloads: a system administrator, or a manager of the service. */
    static boolean mayStaff(CaseService s, Actor me) {
        return me.hasRole(Role.SYSTEM_ADMIN) || s.managedBy(new StaffUserId(me.actorId()));
    }

    /** A new service's fields, each refused with its message; the name (stripped) to store. */
    static String service(AgencyId agency, Predicate<AgencyId> agencyKnown, ServiceKind kind, String name,
            Predicate<String> nameTaken, int firstContactDays, int fullTimeLow, int fullTimeHigh, AreaId area,
            Predicate<AreaId> areaKnown) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (agency == null || !agencyKnown.test(agency)) {
            errors.put("agency", "Choose the agency that runs the service");
        }
        if (kind == null) {
            errors.put("kind", "Choose what kind of service it is");
        }
        String n = CaseInputRules.strip(name);
        if (n.isEmpty()) {
            errors.put("name", "Enter the service's name");
        } else if (n.length() > MAX_NAME) {
            errors.put("name", "The name must be " + MAX_NAME + " characters or fewer");
        } else if (nameTaken.test(n)) {
            errors.put("name", "A service of that name exists: choose another name");
        }
        if (firstContactDays < 0 || firstContactDays > MAX_FIRST_CONTACT_DAYS) {
            errors.put("firstContactDays", "The first-contact target must be between 0 and " + MAX_FIRST_CONTACT_DAYS
                    + " working days");
        }
        if (fullTimeLow <= 0 || fullTimeHigh < fullTimeLow || fullTimeHigh > MAX_CASELOAD) {
            errors.put("fullTimeLow", "Give a caseload range for a full-time worker, the lower number first (e.g. 60 and 80)");
        }
        if (area != null && !areaKnown.test(area)) {
            errors.put("area", "Choose one of the areas");
        }
        InvalidInputException.refuseIfAny(errors);
        return n;
    }

    /** A worker of the service: a member of staff of the service's agency, for more than 0 and at most 1 full time. */
    static void worker(Optional<StaffUser> user, CaseService s, BigDecimal fte) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (user.isEmpty()) {
            errors.put("user", "Choose a member of staff");
        } else if (!user.get().agency().equals(s.agency())) {
            errors.put("user", "Only staff of " + s.agencyName() + " can work in this service");
        }
        if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.scale() > 2) {
            errors.put("fte", "Enter the hours as a fraction of full time, more than 0 and at most 1 (e.g. 0.6)");
        }
        InvalidInputException.refuseIfAny(errors);
    }
}
