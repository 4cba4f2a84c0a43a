package org.hearth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_X;
import static org.hearth.casework.internal.CaseworkUnits.AGENCY_Y;
import static org.hearth.casework.internal.CaseworkUnits.PERSON;
import static org.hearth.casework.internal.CaseworkUnits.practitioner;
import static org.hearth.casework.internal.CaseworkUnits.signIn;
import static org.hearth.casework.internal.CaseworkUnits.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.ApiScope;
import org.hearth.access.StaffPrincipal;
import org.hearth.casework.Case;
import org.hearth.casework.CaseId;
import org.hearth.casework.CaseServiceId;
import org.hearth.casework.CaseStatus;
import org.hearth.people.PersonAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The casework service's lists and questions ({@link JdbcCasework}), with the store and the audit as mocks: the
 * allocation queue for the service's managers only, an agency's cases for itself only, each list audited with its
 * people; "may I work this case?" for nobody signed in is no; the chronology reaches orders only with a real ground
 * and the person's other records only for a reader who may view the person.
 */
class CaseworkListsTest {

    final CaseStore store = mock(CaseStore.class);
    final CaseworkAudit audit = mock(CaseworkAudit.class);
    final CaseChronology chronology = mock(CaseChronology.class);
    final PersonAccess access = mock(PersonAccess.class);
    final CaseGate gate = new CaseGate(store, audit);
    final JdbcCasework casework = new JdbcCasework(store, gate, null, null, audit, chronology, access, null);
    final CaseServiceId service = new CaseServiceId(UUID.randomUUID());
    final StaffPrincipal worker = practitioner(AGENCY_X);
    final StaffPrincipal manager = practitioner(AGENCY_X);
    final Case c = CaseworkUnits.aCase(service, user(worker), CaseStatus.OPEN, null);

    CaseworkListsTest() {
        when(store.row(c.id().value())).thenReturn(Optional.of(new CaseRow(c, AGENCY_X)));
        when(store.managerOf(any(), any())).thenAnswer(i -> i.getArgument(0).equals(service)
                && i.getArgument(1).equals(manager.actorId()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theQueueIsTheManagersAndEachListIsAudited() {
        when(store.queue(service)).thenReturn(List.of(c));
        signIn(worker);
        assertThatThrownBy(() -> casework.queue(service)).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).queue(any());
        verifyNoInteractions(audit);
        signIn(manager);
        assertThat(casework.queue(service)).containsExactly(c);
        verify(audit).listed(List.of(c), "allocation queue");

        when(store.openCasesOf(worker.actorId())).thenReturn(List.of(c));
        signIn(worker);
        assertThat(casework.myCases()).containsExactly(c);
        verify(audit).listed(List.of(c), "my cases");
    }

    @Test
    void anAgencysCasesAreItsOwnAndAudited() {
        when(store.agencyCases(AGENCY_X, worker.actorId())).thenReturn(List.of(c));
        signIn(practitioner(AGENCY_Y));
        assertThatThrownBy(() -> casework.agencyCases(AGENCY_X, user(worker))).isInstanceOf(AccessDeniedException.class);
        signIn(CaseworkUnits.client(AGENCY_X));
        assertThatThrownBy(() -> casework.agencyCases(AGENCY_X, null)).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).agencyCases(any(), any());
        verifyNoInteractions(audit);
        signIn(CaseworkUnits.client(AGENCY_X, ApiScope.CASEWORK_READ));
        assertThat(casework.agencyCases(AGENCY_X, user(worker))).containsExactly(c);
        verify(audit).listed(List.of(c), "the agency's cases");
    }

    @Test
    void mayWorkAndManagesAnswerNoToNobodyAndToAStranger() {
        assertThat(casework.mayWork(c.id())).isFalse();
        assertThat(casework.manages(service)).isFalse();
        signIn(practitioner(AGENCY_Y));
        assertThat(casework.mayWork(c.id())).isFalse();
        assertThat(casework.mayWork(new CaseId(UUID.randomUUID()))).isFalse();
        assertThat(casework.manages(service)).isFalse();
        signIn(worker);
        assertThat(casework.mayWork(c.id())).isTrue();
        assertThat(casework.manages(service)).isFalse();
        signIn(manager);
        assertThat(casework.manages(service)).isTrue();
    }

    @Test
    void findIsReadAuditedAndNoSuchCaseIsEmpty() {
        signIn(worker);
        assertThat(casework.find(new CaseId(UUID.randomUUID()))).isEmpty();
        verifyNoInteractions(audit);
        assertThat(casework.find(c.id())).contains(c);
        verify(audit).read(c, "case");
        signIn(practitioner(AGENCY_Y));
        assertThatThrownBy(() -> casework.find(c.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theChronologyReachesOrdersWithAGroundAndOtherRecordsWithAView() {
        signIn(worker);
        when(access.holdsGround(PERSON)).thenReturn(true);
        when(access.mayView(PERSON)).thenReturn(false);
        casework.chronology(c.id());
        verify(chronology).of(c, new CaseChronology.Reach(true, false));
        when(access.holdsGround(PERSON)).thenReturn(false);
        when(access.mayView(PERSON)).thenReturn(true);
        casework.chronology(c.id());
        verify(chronology).of(c, new CaseChronology.Reach(false, true));
        verify(audit, org.mockito.Mockito.times(2)).read(c, "chronology");
    }
}
