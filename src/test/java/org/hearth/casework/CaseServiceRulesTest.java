package org.hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUser;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.platform.InvalidInputException;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A case-holding service's rules at their edges (name, first-contact target, caseload range, area, a worker's hours)
 * and the audit of setting one up and of adding a worker. The caseload range is what the managers' capacity figures
 * rest on; the audit says who put whom in a service (and so who reaches its cases).
 */
@HearthIntegrationTest
class CaseServiceRulesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CaseServices services;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private StaffUser admin() {
        StaffUser u = fixtures.enrolledUser(Role.SYSTEM_ADMIN).user();
        StaffPrincipal p = new StaffPrincipal(u.id(), u.username(), u.displayName(), u.agency(), u.roles(), true,
                false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        return u;
    }

    private static void refused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys(field));
    }

    private CaseService create(AgencyId agency, AreaId area, String name, int days, int low, int high) {
        return services.create(agency, area, ServiceKind.OUTREACH, name, days, low, high);
    }

    @Test
    void aServiceIsCheckedAtEveryEdgeAndItsCreationAudited() {
        StaffUser admin = admin();
        AgencyId agency = fixtures.agency(Fixtures.uniqueName("Rules Service Agency")).id();
        String base = Fixtures.uniqueName("S");
        refused(() -> create(agency, null, base + "x".repeat(201 - base.length()), 2, 60, 80), "name");
        refused(() -> create(agency, null, base, -1, 60, 80), "firstContactDays");
        refused(() -> create(agency, null, base, 31, 60, 80), "firstContactDays");
        refused(() -> create(agency, null, base, 2, 0, 80), "fullTimeLow");
        refused(() -> create(agency, null, base, 2, 80, 79), "fullTimeLow");
        refused(() -> create(agency, null, base, 2, 60, 501), "fullTimeLow");
        refused(() -> create(agency, new AreaId(UUID.randomUUID()), base, 2, 60, 80), "area");
        // at the edges: accepted
        CaseService longest = create(agency, null, base + "x".repeat(200 - base.length()), 0, 1, 1);
        assertThat(longest.name()).hasSize(200);
        CaseService widest = create(agency, null, base + "wide", 30, 60, 500);
        assertThat(widest.fullTimeHigh()).isEqualTo(500);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'CREATE'
                  AND record_type = 'casework-service' AND record_ids = ARRAY[?]::text[] AND reason = 'OUTREACH'""")
                .params(admin.id().value(), widest.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aWorkersHoursAreMoreThanNothingAndAtMostFullTimeAndAddingThemIsAudited() {
        StaffUser admin = admin();
        String agencyName = Fixtures.uniqueName("Rules Worker Agency");
        AgencyId agency = fixtures.agency(agencyName).id();
        StaffUser worker = fixtures.enrolledUserAt(agencyName, Role.PRACTITIONER).user();
        CaseService s = create(agency, null, Fixtures.uniqueName("Hours"), 2, 60, 80);
        refused(() -> services.setWorker(s.id(), worker.id(), BigDecimal.ZERO, false), "fte");
        refused(() -> services.setWorker(s.id(), worker.id(), new BigDecimal("1.01"), false), "fte");
        refused(() -> services.setWorker(s.id(), worker.id(), new BigDecimal("0.555"), false), "fte");
        services.setWorker(s.id(), worker.id(), new BigDecimal("0.01"), false);
        services.setWorker(s.id(), worker.id(), BigDecimal.ONE, true);
        assertThat(jdbc.sql("""
                SELECT reason FROM audit_event WHERE actor_id = ? AND action = 'UPDATE'
                  AND record_type = 'casework-service' AND record_ids = ARRAY[?, ?]::text[] ORDER BY id""")
                .params(admin.id().value(), s.id().toString(), worker.id().toString()).query(String.class).list())
                .containsExactly("worker 0.01", "worker 1 (manager)");
    }
}
