package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.staff;
import static org.hearth.casework.internal.CaseworkUnits.worker;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.casework.CaseService;
import org.hearth.casework.ServiceKind;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A case-holding service's rules ({@link ServiceRules}) at their edges, one layer below
 * {@code CaseServiceRulesTest}: who may staff a service, a name of 200 characters, a first-contact target of 0 to
 * 30 working days, a caseload range of 1 to 500 with the lower first, hours of 0.01 to 1.
 */
class ServiceRulesTest {

    final AreaId area = new AreaId(UUID.randomUUID());

    static Map<String, String> refused(Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call).errors();
    }

    String create(AgencyId agency, ServiceKind kind, String name, int days, int low, int high, AreaId in) {
        return ServiceRules.service(agency, a -> a.equals(AGENCY_X), kind, name, n -> n.equals("Taken"), days, low,
                high, in, a -> a.equals(area));
    }

    String create(String name, int days, int low, int high) {
        return create(AGENCY_X, ServiceKind.IDVA, name, days, low, high, null);
    }

    @Test
    void aServicesFieldsAreCheckedAtEveryEdge() {
        assertThat(create("  North IDVA ", 2, 60, 80)).isEqualTo("North IDVA");
        assertThat(create("x".repeat(200), 0, 1, 1)).hasSize(200);
        assertThat(create("Wide", 30, 60, 500)).isEqualTo("Wide");
        assertThat(create(AGENCY_X, ServiceKind.IDVA, "In area", 2, 60, 80, area)).isEqualTo("In area");
        assertThat(refused(() -> create("x".repeat(201), 2, 60, 80))).containsOnlyKeys("name")
                .containsValue("The name must be 200 characters or fewer");
        assertThat(refused(() -> create(" ", 2, 60, 80))).containsOnlyKeys("name");
        assertThat(refused(() -> create(null, 2, 60, 80))).containsOnlyKeys("name");
        assertThat(refused(() -> create("Taken", 2, 60, 80))).containsOnlyKeys("name")
                .containsValue("A service of that name exists: choose another name");
        assertThat(refused(() -> create(" Taken ", 2, 60, 80))).as("the stripped name is looked up")
                .containsOnlyKeys("name");
        assertThat(refused(() -> create("A", -1, 60, 80))).containsOnlyKeys("firstContactDays")
                .containsValue("The first-contact target must be between 0 and 30 working days");
        assertThat(refused(() -> create("A", 31, 60, 80))).containsOnlyKeys("firstContactDays");
        assertThat(refused(() -> create("A", 2, 0, 80))).containsOnlyKeys("fullTimeLow");
        assertThat(refused(() -> create("A", 2, 80, 79))).containsOnlyKeys("fullTimeLow");
        assertThat(refused(() -> create("A", 2, 60, 501))).containsOnlyKeys("fullTimeLow");
        assertThat(refused(() -> create(AGENCY_X, ServiceKind.IDVA, "A", 2, 60, 80, new AreaId(UUID.randomUUID()))))
                .containsOnlyKeys("area");
        assertThat(refused(() -> create(AGENCY_Y, ServiceKind.IDVA, "A", 2, 60, 80, null))).containsOnlyKeys("agency");
        assertThat(refused(() -> create(null, null, "", 2, 60, 80, null)).keySet())
                .containsExactly("agency", "kind", "name");
    }

    @Test
    void aServiceIsStaffedByItsManagersAndSystemAdministratorsOnly() {
        StaffPrincipal manager = practitioner(AGENCY_X);
        StaffPrincipal member = practitioner(AGENCY_X);
        CaseService s = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null, worker(manager, true),
                worker(member, false));
        assertThat(ServiceRules.mayStaff(s, manager)).isTrue();
        assertThat(ServiceRules.mayStaff(s, staff(AGENCY_Y, Role.SYSTEM_ADMIN))).isTrue();
        assertThat(ServiceRules.mayStaff(s, member)).as("a worker who does not manage it").isFalse();
        assertThat(ServiceRules.mayStaff(s, practitioner(AGENCY_X))).as("a colleague outside it").isFalse();
        assertThat(ServiceRules.mayStaff(s, staff(AGENCY_X, Role.HUB_COORDINATOR))).isFalse();
    }

    static StaffUser at(AgencyId agency) {
        return new StaffUser(new StaffUserId(UUID.randomUUID()), "u", "A User", null, agency,
                Set.of(Role.PRACTITIONER), true, false, true, false, null);
    }

    @Test
    void aWorkerIsStaffOfTheServicesAgencyForMoreThanNothingAndAtMostFullTime() {
        CaseService s = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null);
        Optional<StaffUser> ours = Optional.of(at(AGENCY_X));
        ServiceRules.worker(ours, s, new BigDecimal("0.01"));
        ServiceRules.worker(ours, s, BigDecimal.ONE);
        ServiceRules.worker(ours, s, new BigDecimal("1.00"));
        assertThat(refused(() -> ServiceRules.worker(ours, s, BigDecimal.ZERO))).containsOnlyKeys("fte");
        assertThat(refused(() -> ServiceRules.worker(ours, s, new BigDecimal("-0.5")))).containsOnlyKeys("fte");
        assertThat(refused(() -> ServiceRules.worker(ours, s, new BigDecimal("1.01")))).containsOnlyKeys("fte");
        assertThat(refused(() -> ServiceRules.worker(ours, s, new BigDecimal("0.555")))).containsOnlyKeys("fte");
        assertThat(refused(() -> ServiceRules.worker(ours, s, null))).containsOnlyKeys("fte");
        assertThat(refused(() -> ServiceRules.worker(Optional.of(at(AGENCY_Y)), s, BigDecimal.ONE)))
                .containsOnlyKeys("user").containsValue("Only staff of " + s.agencyName() + " can work in this service");
        assertThat(refused(() -> ServiceRules.worker(Optional.empty(), s, null)).keySet()).containsExactly("user", "fte");
    }
}
