package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.client;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.signIn;
import static org.hearth.casework.internal.CaseworkUnits.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.ApiScope;
import org.hearth.access.StaffPrincipal;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseStatus;
import org.hearth.platform.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The door to one case ({@link CaseGate}), with the store and the audit as mocks: a reader who may not read the
 * case is refused and nothing is audited; a reader who may is audited with the person; a closed case is never
 * written; managing is for the service's managers, never an API client.
 */
class CaseGateTest {

    final CaseStore store = mock(CaseStore.class);
    final CaseworkAudit audit = mock(CaseworkAudit.class);
    final CaseGate gate = new CaseGate(store, audit);
    final CaseServiceId service = new CaseServiceId(UUID.randomUUID());
    final StaffPrincipal worker = practitioner(AGENCY_X);
    final StaffPrincipal manager = practitioner(AGENCY_X);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CaseId stored(CaseStatus status) {
        Case c = CaseworkUnits.aCase(service, user(worker), status, null);
        when(store.row(c.id().value())).thenReturn(Optional.of(new CaseRow(c, AGENCY_X)));
        when(store.managerOf(any(), any())).thenAnswer(i -> service.equals(i.getArgument(0))
                && manager.actorId().equals(i.getArgument(1)));
        return c.id();
    }

    @Test
    void aStrangerReadsNothingAndNothingIsAudited() {
        CaseId id = stored(CaseStatus.OPEN);
        signIn(practitioner(AGENCY_Y));
        assertThatThrownBy(() -> gate.readable(id, "notes")).isInstanceOf(AccessDeniedException.class);
        signIn(practitioner(AGENCY_X));
        assertThatThrownBy(() -> gate.readable(id, "notes")).as("a colleague, not the worker")
                .isInstanceOf(AccessDeniedException.class);
        signIn(client(AGENCY_Y, ApiScope.CASEWORK_READ));
        assertThatThrownBy(() -> gate.readable(id, "notes")).isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(audit);
    }

    @Test
    void theWorkerManagerAndTheAgencysClientReadAndEachReadIsAudited() {
        CaseId id = stored(CaseStatus.OPEN);
        signIn(worker);
        CaseRow r = gate.readable(id, "notes");
        assertThat(r.c().id()).isEqualTo(id);
        verify(audit).read(r.c(), "notes");
        signIn(manager);
        gate.readable(id, "contacts");
        verify(audit).read(r.c(), "contacts");
        signIn(client(AGENCY_X, ApiScope.CASEWORK_READ));
        gate.readable(id, "case");
        verify(audit).read(r.c(), "case");
    }

    @Test
    void noSuchCaseIsNotFound() {
        signIn(worker);
        when(store.row(any())).thenReturn(Optional.empty());
        CaseId none = new CaseId(UUID.randomUUID());
        assertThatThrownBy(() -> gate.readable(none, "case")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> gate.workable(none)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> gate.managed(none)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aCaseIsWrittenByItsWorkerOrManagerWhileItIsNotClosed() {
        CaseId open = stored(CaseStatus.OPEN);
        signIn(worker);
        assertThat(gate.workable(open).c().id()).isEqualTo(open);
        signIn(manager);
        assertThat(gate.workable(open).c().id()).isEqualTo(open);
        signIn(practitioner(AGENCY_X));
        assertThatThrownBy(() -> gate.workable(open)).isInstanceOf(AccessDeniedException.class);
        signIn(client(AGENCY_X, ApiScope.CASEWORK_READ));
        assertThatThrownBy(() -> gate.workable(open)).isInstanceOf(AccessDeniedException.class);
        CaseId closed = stored(CaseStatus.CLOSED);
        signIn(worker);
        assertThatThrownBy(() -> gate.workable(closed)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("case"));
        verifyNoInteractions(audit);
    }

    @Test
    void aCaseIsManagedByItsServicesManagersOnly() {
        CaseId id = stored(CaseStatus.AWAITING_ALLOCATION);
        signIn(manager);
        assertThat(gate.managed(id).c().id()).isEqualTo(id);
        signIn(worker);
        assertThatThrownBy(() -> gate.managed(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("For the service's managers");
        signIn(client(AGENCY_X, ApiScope.CASEWORK_READ));
        assertThatThrownBy(() -> gate.managed(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("For members of staff");
    }
}
