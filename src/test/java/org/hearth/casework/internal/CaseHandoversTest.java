package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.PERSON;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.signIn;
import static org.hearth.casework.internal.CaseworkUnits.user;
import static org.hearth.casework.internal.CaseworkUnits.worker;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.HandoverId;
import org.hearth.casework.ServiceKind;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Allocation and handover ({@link CaseHandovers}) with the store, services, grants and audit as mocks: who may act
 * (refused before anything is written or granted), the grants each step makes, the grants acceptance ends, and the
 * audit of each.
 */
class CaseHandoversTest {

    final CaseStore store = mock(CaseStore.class);
    final CaseworkAudit audit = mock(CaseworkAudit.class);
    final CaseServices services = mock(CaseServices.class);
    final PersonAccess access = mock(PersonAccess.class);
    final CaseHandovers handovers = new CaseHandovers(store, new CaseGate(store, audit), audit, services, access);

    final StaffPrincipal managerX = practitioner(AGENCY_X);
    final StaffPrincipal workerX = practitioner(AGENCY_X);
    final StaffPrincipal colleagueX = practitioner(AGENCY_X);
    final StaffPrincipal managerY = practitioner(AGENCY_Y);
    final StaffPrincipal workerY = practitioner(AGENCY_Y);
    final CaseService idvaX = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null, worker(managerX, true),
            worker(workerX, false), worker(colleagueX, false));
    final CaseService idvaY = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, null, worker(managerY, true),
            worker(workerY, false));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Case stored(StaffUserId worker, CaseStatus status) {
        Case c = CaseworkUnits.aCase(idvaX.id(), worker, status, null);
        when(store.row(c.id().value())).thenReturn(Optional.of(new CaseRow(c, AGENCY_X)));
        when(store.managerOf(any(), any())).thenAnswer(i -> i.getArgument(0).equals(idvaX.id())
                && i.getArgument(1).equals(managerX.actorId()) || i.getArgument(0).equals(idvaY.id())
                && i.getArgument(1).equals(managerY.actorId()));
        when(services.find(idvaX.id())).thenReturn(Optional.of(idvaX));
        when(services.find(idvaY.id())).thenReturn(Optional.of(idvaY));
        when(services.all()).thenReturn(List.of(idvaX, idvaY));
        return c;
    }

    @Test
    void onlyAManagerAllocatesAndAllocationGrantsTheWorkerAndTheAgencyAndIsAudited() {
        Case c = stored(null, CaseStatus.AWAITING_ALLOCATION);
        signIn(workerX);
        assertThatThrownBy(() -> handovers.allocate(c.id(), user(workerX))).isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(access, audit);
        verify(store, never()).allocate(any(), any());

        signIn(managerX);
        assertThatThrownBy(() -> handovers.allocate(c.id(), null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("worker"));
        assertThatThrownBy(() -> handovers.allocate(c.id(), user(workerY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("worker"))
                        .startsWith("That member of staff is not a worker of"));
        verifyNoInteractions(access);
        handovers.allocate(c.id(), user(workerX));
        verify(store).allocate(c.id(), user(workerX));
        GrantBasis basis = GrantBasis.of(JdbcCasework.CASE_BASIS, c.id());
        verify(access).grant(PERSON, GrantHolder.user(user(workerX)), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT,
                null, basis);
        verify(access).grant(PERSON, GrantHolder.agency(AGENCY_X), AccessGround.ALLOCATED, AccessScope.RECORD, null,
                basis);
        verify(audit).allocated(c, user(workerX));
    }

    @Test
    void anOpenCaseIsHandedOverNotAllocated() {
        Case c = stored(user(workerX), CaseStatus.OPEN);
        signIn(managerX);
        assertThatThrownBy(() -> handovers.allocate(c.id(), user(colleagueX)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("worker"))
                        .isEqualTo("The case is not waiting for allocation: hand it over instead"));
        verify(store, never()).allocate(any(), any());
    }

    @Test
    void aHandoverToAColleagueGrantsNothingAndToAnotherAgencyAFourteenDayRead() {
        Case c = stored(user(workerX), CaseStatus.OPEN);
        signIn(practitioner(AGENCY_Y));
        assertThatThrownBy(() -> handovers.handover(c.id(), null, idvaY.id(), null, "Moved"))
                .isInstanceOf(AccessDeniedException.class);
        verify(store, never()).insertHandover(any(), any(), any(), any(), any(), any());

        signIn(workerX);
        handovers.handover(c.id(), user(colleagueX), null, null, " Leave ");
        verify(store).insertHandover(any(), eq(c), eq(idvaX.id()), eq(user(colleagueX)), eq("Leave"),
                eq(workerX.actorId()));
        verify(audit).handoverRequested(any(), eq(c), eq(idvaX.id()), eq(user(colleagueX)));
        verifyNoInteractions(access);

        handovers.handover(c.id(), null, idvaY.id(), null, "Moved to Y's area");
        ArgumentCaptor<UUID> id = ArgumentCaptor.forClass(UUID.class);
        verify(store).insertHandover(id.capture(), eq(c), eq(idvaY.id()), eq(null), eq("Moved to Y's area"),
                eq(workerX.actorId()));
        ArgumentCaptor<Instant> ends = ArgumentCaptor.forClass(Instant.class);
        verify(access).grant(eq(PERSON), eq(GrantHolder.agency(AGENCY_Y)), eq(AccessGround.HANDOVER),
                eq(AccessScope.RECORD), ends.capture(), eq(GrantBasis.of(JdbcCasework.HANDOVER_BASIS, id.getValue())));
        assertThat(Duration.between(Instant.now(), ends.getValue())).isBetween(Duration.ofDays(14).minusMinutes(1),
                Duration.ofDays(14));
        verify(audit).handoverRequested(id.getValue(), c, idvaY.id(), null);
    }

    AccessGrant grant(GrantHolder holder, GrantBasis basis) {
        return new AccessGrant(UUID.randomUUID(), PERSON, AccessGround.ALLOCATED, AccessScope.RECORD, holder, "h",
                Instant.now(), null, null, basis);
    }

    @Test
    void onlyTheReceivingSideAcceptsAndAcceptanceGrantsTheNewHoldersThenEndsTheOld() {
        Case c = stored(user(workerX), CaseStatus.OPEN);
        HandoverId h = new HandoverId(UUID.randomUUID());
        when(store.pendingHandover(h)).thenReturn(Optional.of(new CaseStore.PendingHandover(c.id().value(),
                idvaY.id().value(), workerY.actorId(), workerX.actorId(), idvaX.id().value())));
        GrantBasis caseBasis = GrantBasis.of(JdbcCasework.CASE_BASIS, c.id());
        AccessGrant read = grant(GrantHolder.agency(AGENCY_Y), GrantBasis.of(JdbcCasework.HANDOVER_BASIS, h));
        AccessGrant oldWorker = grant(GrantHolder.user(user(workerX)), caseBasis);
        AccessGrant oldAgency = grant(GrantHolder.agency(AGENCY_X), caseBasis);
        AccessGrant referral = grant(GrantHolder.agency(AGENCY_X), GrantBasis.of("referral", UUID.randomUUID()));
        when(access.currentGrants(PERSON)).thenReturn(List.of(read, oldWorker, oldAgency, referral));

        for (StaffPrincipal refused : List.of(workerX, managerX, practitioner(AGENCY_Y))) {
            signIn(refused);
            assertThatThrownBy(() -> handovers.acceptHandover(h)).isInstanceOf(AccessDeniedException.class);
        }
        verify(store, never()).accept(any(), any(), any());
        verifyNoInteractions(access, audit);

        signIn(workerY);
        assertThat(handovers.acceptHandover(h)).isEqualTo(c);
        verify(store).accept(eq(h), any(), eq(workerY.actorId()));
        verify(access).grant(PERSON, GrantHolder.user(user(workerY)), AccessGround.ALLOCATED, AccessScope.SAFE_CONTACT,
                null, caseBasis);
        verify(access).grant(PERSON, GrantHolder.agency(AGENCY_Y), AccessGround.ALLOCATED, AccessScope.RECORD, null,
                caseBasis);
        verify(access).end(read.id());
        verify(access).end(oldWorker.id());
        verify(access).end(oldAgency.id());
        verify(access, never()).end(referral.id());
        verify(audit).handoverAccepted(h, c);
    }

    @Test
    void aHandoverToAnotherAgencysQueueGrantsThatAgencyAndIsAcceptedByItsManager() {
        Case c = stored(user(workerX), CaseStatus.OPEN);
        HandoverId h = new HandoverId(UUID.randomUUID());
        when(store.pendingHandover(h)).thenReturn(Optional.of(new CaseStore.PendingHandover(c.id().value(),
                idvaY.id().value(), null, workerX.actorId(), idvaX.id().value())));
        when(access.currentGrants(PERSON)).thenReturn(List.of());
        signIn(workerY);
        assertThatThrownBy(() -> handovers.acceptHandover(h)).isInstanceOf(AccessDeniedException.class);
        signIn(managerY);
        handovers.acceptHandover(h);
        verify(access).grant(PERSON, GrantHolder.agency(AGENCY_Y), AccessGround.ALLOCATED, AccessScope.RECORD, null,
                GrantBasis.of(JdbcCasework.CASE_BASIS, c.id()));
        verify(access, never()).grant(any(), eq(GrantHolder.user(user(managerY))), any(), any(), any(), any());
        verify(audit).handoverAccepted(h, c);
    }

    @Test
    void aHandoverToTheQueueOfAnotherServiceOfTheSameAgencyGrantsNothingNew() {
        CaseService idvaX2 = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null, worker(managerY, true));
        Case c = stored(user(workerX), CaseStatus.OPEN);
        when(services.find(idvaX2.id())).thenReturn(Optional.of(idvaX2));
        when(store.managerOf(idvaX2.id(), managerY.actorId())).thenReturn(true);
        HandoverId h = new HandoverId(UUID.randomUUID());
        when(store.pendingHandover(h)).thenReturn(Optional.of(new CaseStore.PendingHandover(c.id().value(),
                idvaX2.id().value(), null, workerX.actorId(), idvaX.id().value())));
        AccessGrant oldAgency = grant(GrantHolder.agency(AGENCY_X), GrantBasis.of(JdbcCasework.CASE_BASIS, c.id()));
        when(access.currentGrants(PERSON)).thenReturn(List.of(oldAgency));
        signIn(managerY);
        handovers.acceptHandover(h);
        verify(access, never()).grant(any(), any(), any(), any(), any(), any());
        verify(access, never()).end(oldAgency.id());
    }
}
