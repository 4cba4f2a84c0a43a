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
        List<org.hearth.casework.ChronologyEntry> entries = List.of(new org.hearth.casework.ChronologyEntry(
                c.referredOn(), "Case", "Referred"));
        when(chronology.of(c, new CaseChronology.Reach(true, false))).thenReturn(entries);
        assertThat(casework.chronology(c.id())).isSameAs(entries);
        when(access.holdsGround(PERSON)).thenReturn(false);
        when(access.mayView(PERSON)).thenReturn(true);
        casework.chronology(c.id());
        verify(chronology).of(c, new CaseChronology.Reach(false, true));
        verify(audit, org.mockito.Mockito.times(2)).read(c, "chronology");
    }

    @Test
    void theOtherServicesOfTheModuleAskTheSameStoreAndDoorAndEveryStepIsHandedToItsPart() throws Exception {
        assertThat(casework.managerOf(service, manager.actorId())).isTrue();
        assertThat(casework.managerOf(service, worker.actorId())).isFalse();
        assertThat(casework.row(c.id().value())).contains(new CaseRow(c, AGENCY_X));
        UUID open = UUID.randomUUID();
        when(store.openCaseOfKind(PERSON, org.hearth.casework.ServiceKind.IDVA)).thenReturn(Optional.of(open));
        assertThat(casework.openCaseOfKind(PERSON, org.hearth.casework.ServiceKind.IDVA)).contains(open);
        signIn(practitioner(AGENCY_Y));
        assertThatThrownBy(() -> casework.readable(c.id(), "notes")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.workable(c.id())).isInstanceOf(AccessDeniedException.class);
        signIn(worker);
        assertThat(casework.workable(c.id()).c()).isEqualTo(c);
        assertThat(casework.readable(c.id(), "notes").c()).isEqualTo(c);
        verify(audit).read(c, "notes");

        CaseIntake intake = mock(CaseIntake.class);
        CaseHandovers handovers = mock(CaseHandovers.class);
        CaseEntries entries = mock(CaseEntries.class);
        JdbcCasework parts = new JdbcCasework(store, gate, intake, handovers, audit, chronology, access, entries);
        CaseId id = c.id();
        UUID x = UUID.randomUUID();
        org.hearth.casework.Handover h = CaseworkUnits.handoverTo(id, service, service, null);
        when(intake.refer(PERSON, service, "r", org.hearth.casework.CaseSource.API)).thenReturn(c);
        assertThat(parts.refer(PERSON, service, "r", org.hearth.casework.CaseSource.API)).isSameAs(c);
        org.hearth.referrals.ReferralId referral = new org.hearth.referrals.ReferralId(x);
        when(intake.fromTriage(referral, PERSON, org.hearth.casework.ServiceKind.IDVA)).thenReturn(Optional.of(c));
        assertThat(parts.fromTriage(referral, PERSON, org.hearth.casework.ServiceKind.IDVA)).contains(c);
        org.hearth.marac.MaracReferralId marac = new org.hearth.marac.MaracReferralId(x);
        when(intake.fromMarac(marac, PERSON, null)).thenReturn(Optional.of(c));
        assertThat(parts.fromMarac(marac, PERSON, null)).contains(c);
        when(handovers.allocate(id, user(worker))).thenReturn(c);
        assertThat(parts.allocate(id, user(worker))).isSameAs(c);
        parts.grantAllocation(c, user(worker), AGENCY_X);
        verify(handovers).grantAllocation(c, user(worker), AGENCY_X);
        when(handovers.handover(id, null, null, AGENCY_Y, "n")).thenReturn(h);
        assertThat(parts.handover(id, null, null, AGENCY_Y, "n")).isSameAs(h);
        when(handovers.acceptHandover(h.id())).thenReturn(c);
        assertThat(parts.acceptHandover(h.id())).isSameAs(c);
        java.time.Instant at = java.time.Instant.now();
        org.hearth.casework.ContactAttempt attempt = new org.hearth.casework.ContactAttempt(x, id, at,
                org.hearth.casework.ContactMethod.TEXT, org.hearth.casework.ContactOutcome.SPOKE, null, false, null, "W");
        when(entries.recordContact(id, at, org.hearth.casework.ContactMethod.TEXT,
                org.hearth.casework.ContactOutcome.SPOKE, "n")).thenReturn(attempt);
        assertThat(parts.recordContact(id, at, org.hearth.casework.ContactMethod.TEXT,
                org.hearth.casework.ContactOutcome.SPOKE, "n")).isSameAs(attempt);
        parts.acknowledge(id, x);
        verify(entries).acknowledge(id, x);
        parts.setEngagement(id, org.hearth.casework.Engagement.ENGAGED);
        verify(entries).setEngagement(id, org.hearth.casework.Engagement.ENGAGED);
        java.time.LocalDate today = java.time.LocalDate.now();
        org.hearth.casework.CaseNote note = new org.hearth.casework.CaseNote(x, id,
                org.hearth.casework.NoteType.RISK, today, "t", "W", at);
        when(entries.addNote(id, org.hearth.casework.NoteType.RISK, today, "t")).thenReturn(note);
        assertThat(parts.addNote(id, org.hearth.casework.NoteType.RISK, today, "t")).isSameAs(note);
        org.hearth.casework.SafetyPlan.Sections sections = new org.hearth.casework.SafetyPlan.Sections("a", null,
                null, null, null, null, null, null);
        org.hearth.casework.SafetyPlan plan = new org.hearth.casework.SafetyPlan(1, "a", null, null, null, null, null,
                null, null, "W", at);
        when(entries.saveSafetyPlan(id, sections)).thenReturn(plan);
        assertThat(parts.saveSafetyPlan(id, sections)).isSameAs(plan);
        org.hearth.casework.SupportItem item = new org.hearth.casework.SupportItem(x, id,
                org.hearth.casework.SupportNeed.HOUSING, "i", org.hearth.casework.SupportStatus.PLANNED, null, at);
        when(entries.addSupport(id, org.hearth.casework.SupportNeed.HOUSING, "i")).thenReturn(item);
        assertThat(parts.addSupport(id, org.hearth.casework.SupportNeed.HOUSING, "i")).isSameAs(item);
        when(entries.updateSupport(id, x, org.hearth.casework.SupportStatus.DONE, "o")).thenReturn(item);
        assertThat(parts.updateSupport(id, x, org.hearth.casework.SupportStatus.DONE, "o")).isSameAs(item);
        org.hearth.casework.RiskReview review = new org.hearth.casework.RiskReview(x, id,
                org.hearth.casework.RiskStage.EXIT, at, null);
        when(entries.requestRiskReview(id, org.hearth.casework.RiskStage.EXIT)).thenReturn(review);
        assertThat(parts.requestRiskReview(id, org.hearth.casework.RiskStage.EXIT)).isSameAs(review);
    }

    @Test
    void everyListOnACaseIsReadThroughTheDoorAndAudited() {
        signIn(worker);
        CaseId id = c.id();
        org.hearth.casework.ContactAttempt attempt = new org.hearth.casework.ContactAttempt(UUID.randomUUID(), id,
                java.time.Instant.now(), org.hearth.casework.ContactMethod.TEXT,
                org.hearth.casework.ContactOutcome.SPOKE, null, false, null, "W");
        when(store.contacts(id)).thenReturn(List.of(attempt));
        assertThat(casework.contacts(id)).containsExactly(attempt);
        verify(audit).read(c, "contacts");
        when(store.notes(id)).thenReturn(List.of(mock(org.hearth.casework.CaseNote.class)));
        assertThat(casework.notes(id)).hasSize(1);
        verify(audit).read(c, "notes");
        when(store.plans(id)).thenReturn(List.of(mock(org.hearth.casework.SafetyPlan.class)));
        assertThat(casework.safetyPlans(id)).hasSize(1);
        verify(audit).read(c, "safety plan");
        when(store.support(id)).thenReturn(List.of(mock(org.hearth.casework.SupportItem.class)));
        assertThat(casework.supportPlan(id)).hasSize(1);
        verify(audit).read(c, "support plan");
        when(store.reviews(id)).thenReturn(List.of(mock(org.hearth.casework.RiskReview.class)));
        assertThat(casework.riskReviews(id)).hasSize(1);
        verify(audit).read(c, "risk reviews");
        signIn(practitioner(AGENCY_Y));
        assertThatThrownBy(() -> casework.contacts(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.riskReviews(id)).isInstanceOf(AccessDeniedException.class);
        org.hearth.risk.RiskAssessmentId assessment = new org.hearth.risk.RiskAssessmentId(UUID.randomUUID());
        casework.linkAssessment(assessment, PERSON);
        verify(store).linkAssessment(assessment, PERSON);
    }
}
