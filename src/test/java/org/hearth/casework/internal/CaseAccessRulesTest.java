package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.client;
import static org.hearth.casework.internal.CaseworkUnits.handoverTo;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.staff;
import static org.hearth.casework.internal.CaseworkUnits.user;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiScope;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.casework.Case;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read, work and manage a case ({@link CaseAccessRules}), one condition at a time, always against someone at
 * that guard who is not involved: a practitioner of another agency, a colleague who is neither the worker nor a
 * manager, an analyst who is (by mistake) the worker, an API client of another agency or without its scope.
 */
class CaseAccessRulesTest {

    final CaseServiceId service = new CaseServiceId(UUID.randomUUID());
    final CaseServiceId receiving = new CaseServiceId(UUID.randomUUID());
    final StaffPrincipal worker = practitioner(AGENCY_X);
    final StaffPrincipal manager = staff(AGENCY_X, Role.HUB_COORDINATOR);
    final StaffPrincipal colleague = practitioner(AGENCY_X);
    final StaffPrincipal stranger = practitioner(AGENCY_Y);
    final StaffPrincipal receivingWorker = staff(AGENCY_Y, Role.AGENCY_REPRESENTATIVE);
    final StaffPrincipal receivingManager = practitioner(AGENCY_Y);
    /** Who manages what: the service's manager, and the receiving service's. */
    final Set<String> asked = new HashSet<>();
    final CaseAccessRules.Managers managers = (s, u) -> {
        asked.add(s + "/" + u);
        return s.equals(service) && u.equals(manager.actorId())
                || s.equals(receiving) && u.equals(receivingManager.actorId());
    };

    CaseRow allocated() {
        return CaseworkUnits.row(AGENCY_X, service, user(worker));
    }

    CaseRow handedOver(StaffPrincipal toWorker) {
        Case c = CaseworkUnits.aCase(service, user(worker), CaseStatus.OPEN, null);
        Case pending = new Case(c.id(), c.reference(), c.service(), c.serviceName(), c.kind(), c.person(), c.source(),
                c.referredOn(), c.referredBy(), c.reason(), c.status(), c.worker(), c.workerName(), c.allocatedAt(),
                c.firstContactDue(), c.firstAttemptAt(), c.firstContactAt(), c.engagement(),
                handoverTo(c.id(), service, receiving, toWorker == null ? null : user(toWorker)), null, null);
        return new CaseRow(pending, AGENCY_X);
    }

    @Test
    void theWorkerAndTheServicesManagersReadAndWorkTheCaseAndNobodyElse() {
        CaseRow r = allocated();
        assertThat(CaseAccessRules.mayRead(r, worker, managers)).isTrue();
        assertThat(CaseAccessRules.mayWork(r, worker, managers)).isTrue();
        assertThat(CaseAccessRules.mayRead(r, manager, managers)).isTrue();
        assertThat(CaseAccessRules.mayWork(r, manager, managers)).isTrue();
        assertThat(asked).as("the manager is looked up for the case's own service")
                .contains(service + "/" + manager.actorId());
        for (StaffPrincipal other : new StaffPrincipal[] {colleague, stranger, receivingWorker, receivingManager}) {
            assertThat(CaseAccessRules.mayRead(r, other, managers)).as("no handover waiting").isFalse();
            assertThat(CaseAccessRules.mayWork(r, other, managers)).isFalse();
        }
    }

    @Test
    void aCaseInTheQueueHasNoWorkerSoOnlyTheManagersReadIt() {
        CaseRow queued = CaseworkUnits.row(AGENCY_X, service, null);
        assertThat(CaseAccessRules.mayRead(queued, manager, managers)).isTrue();
        assertThat(CaseAccessRules.mayRead(queued, colleague, managers)).isFalse();
        assertThat(CaseAccessRules.mayWork(queued, colleague, managers)).isFalse();
    }

    @Test
    void withoutACaseworkRoleNeitherTheWorkerNorAManagerReadsOrWorksIt() {
        StaffPrincipal analyst = staff(AGENCY_X, Role.ANALYST);
        StaffPrincipal admin = staff(AGENCY_X, Role.SYSTEM_ADMIN);
        CaseRow theirs = CaseworkUnits.row(AGENCY_X, service, user(analyst));
        CaseRow adminsCase = CaseworkUnits.row(AGENCY_X, service, user(admin));
        assertThat(CaseAccessRules.caseworker(analyst)).isFalse();
        assertThat(CaseAccessRules.caseworker(worker)).isTrue();
        assertThat(CaseAccessRules.caseworker(manager)).isTrue();
        assertThat(CaseAccessRules.caseworker(receivingWorker)).isTrue();
        assertThat(CaseAccessRules.mayRead(theirs, analyst, managers)).isFalse();
        assertThat(CaseAccessRules.mayWork(theirs, analyst, managers)).isFalse();
        assertThat(CaseAccessRules.mayRead(adminsCase, admin, (s, u) -> true)).isFalse();
        assertThat(CaseAccessRules.mayWork(adminsCase, admin, (s, u) -> true)).isFalse();
        assertThat(CaseAccessRules.manages(service, analyst, (s, u) -> true)).isFalse();
        assertThat(CaseAccessRules.mayAccept(new CaseStore.PendingHandover(UUID.randomUUID(), receiving.value(),
                analyst.actorId(), null, service.value()), analyst, (s, u) -> true)).isFalse();
    }

    @Test
    void theReceivingSideOfAWaitingHandoverReadsTheCaseButDoesNotWorkItUntilItAccepts() {
        CaseRow toWorker = handedOver(receivingWorker);
        assertThat(CaseAccessRules.mayRead(toWorker, receivingWorker, managers)).isTrue();
        assertThat(CaseAccessRules.mayWork(toWorker, receivingWorker, managers)).isFalse();
        assertThat(CaseAccessRules.mayRead(toWorker, receivingManager, managers)).isTrue();
        assertThat(asked).contains(receiving + "/" + receivingManager.actorId());
        assertThat(CaseAccessRules.mayWork(toWorker, receivingManager, managers)).isFalse();
        assertThat(CaseAccessRules.mayRead(toWorker, stranger, managers)).as("another practitioner there").isFalse();
        assertThat(CaseAccessRules.mayRead(toWorker, colleague, managers)).isFalse();

        CaseRow toQueue = handedOver(null);
        assertThat(CaseAccessRules.mayRead(toQueue, receivingManager, managers)).isTrue();
        assertThat(CaseAccessRules.mayRead(toQueue, receivingWorker, managers)).isFalse();
        assertThat(CaseAccessRules.mayRead(toQueue, worker, managers)).as("still the worker's until accepted")
                .isTrue();
    }

    @Test
    void anApiClientReadsOnlyItsOwnAgencysCasesWithCaseworkReadAndNeverWorksThem() {
        CaseRow r = allocated();
        assertThat(CaseAccessRules.mayRead(r, client(AGENCY_X, ApiScope.CASEWORK_READ), managers)).isTrue();
        assertThat(CaseAccessRules.mayRead(r, client(AGENCY_Y, ApiScope.CASEWORK_READ), managers)).isFalse();
        assertThat(CaseAccessRules.mayRead(r, client(AGENCY_X, ApiScope.CASEWORK_REFERRALS_WRITE), managers))
                .isFalse();
        assertThat(CaseAccessRules.mayRead(r, client(AGENCY_X), managers)).isFalse();
        assertThat(CaseAccessRules.mayWork(r, client(AGENCY_X, ApiScope.CASEWORK_READ), (s, u) -> true)).isFalse();
        assertThat(CaseAccessRules.manages(service, client(AGENCY_X, ApiScope.CASEWORK_READ), (s, u) -> true))
                .isFalse();
    }

    @Test
    void aServiceIsManagedOnlyByItsManagers() {
        assertThat(CaseAccessRules.manages(service, manager, managers)).isTrue();
        assertThat(CaseAccessRules.manages(service, worker, managers)).isFalse();
        assertThat(CaseAccessRules.manages(receiving, manager, managers)).isFalse();
        assertThat(CaseAccessRules.manages(service, receivingManager, managers)).isFalse();
    }

    @Test
    void aHandoverIsAcceptedByItsReceivingWorkerOrTheReceivingServicesManagers() {
        CaseStore.PendingHandover toWorker = new CaseStore.PendingHandover(UUID.randomUUID(), receiving.value(),
                receivingWorker.actorId(), worker.actorId(), service.value());
        assertThat(CaseAccessRules.mayAccept(toWorker, receivingWorker, managers)).isTrue();
        assertThat(CaseAccessRules.mayAccept(toWorker, receivingManager, managers)).isTrue();
        assertThat(CaseAccessRules.mayAccept(toWorker, stranger, managers)).isFalse();
        assertThat(CaseAccessRules.mayAccept(toWorker, worker, managers)).as("the handing-over worker").isFalse();
        assertThat(CaseAccessRules.mayAccept(toWorker, manager, managers)).as("the handing-over manager").isFalse();
        CaseStore.PendingHandover toQueue = new CaseStore.PendingHandover(UUID.randomUUID(), receiving.value(), null,
                worker.actorId(), service.value());
        assertThat(CaseAccessRules.mayAccept(toQueue, receivingManager, managers)).isTrue();
        assertThat(CaseAccessRules.mayAccept(toQueue, receivingWorker, managers)).isFalse();
    }

    @Test
    void anAgencysCasesAreListedForItsStaffAndItsClientsWithCaseworkReadOnly() {
        assertThatCode(() -> CaseAccessRules.requireAgencyCases(AGENCY_X, worker)).doesNotThrowAnyException();
        assertThatCode(() -> CaseAccessRules.requireAgencyCases(AGENCY_X, client(AGENCY_X, ApiScope.CASEWORK_READ)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseAccessRules.requireAgencyCases(AGENCY_X, stranger))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Another agency's cases");
        assertThatThrownBy(() -> CaseAccessRules.requireAgencyCases(AGENCY_X, client(AGENCY_Y, ApiScope.CASEWORK_READ)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Another agency's cases");
        assertThatThrownBy(() -> CaseAccessRules.requireAgencyCases(AGENCY_X,
                client(AGENCY_X, ApiScope.CASEWORK_REFERRALS_WRITE)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Needs scope casework:read");
    }

    @Test
    void anIdIsTheUsersOrNull() {
        assertThat(CaseAccessRules.id(null)).isNull();
        assertThat(CaseAccessRules.id(user(worker))).isEqualTo(worker.actorId());
    }
}
