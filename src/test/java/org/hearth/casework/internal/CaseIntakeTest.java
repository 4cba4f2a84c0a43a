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

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.StaffPrincipal;
import org.hearth.casework.Case;
import org.hearth.casework.CaseService;
import org.hearth.casework.CaseServices;
import org.hearth.casework.CaseSource;
import org.hearth.casework.CaseStatus;
import org.hearth.casework.ServiceKind;
import org.hearth.marac.MaracReferralId;
import org.hearth.marac.Maracs;
import org.hearth.partnership.Partnerships;
import org.hearth.people.PersonAccess;
import org.hearth.platform.InvalidInputException;
import org.hearth.referrals.Referrals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How a case begins ({@link CaseIntake}), with the store, grants and audit as mocks: referring needs a lasting ground
 * (refused before anything is looked up); referring again while a case of that kind is open gives it back to a reader
 * who may read it, and otherwise says only that one is open and audits the attempt; a placed case is audited for the
 * hub's decision; a redelivered event makes no second case.
 */
class CaseIntakeTest {

    final CaseStore store = mock(CaseStore.class);
    final CaseworkAudit audit = mock(CaseworkAudit.class);
    final CaseServices services = mock(CaseServices.class);
    final PersonAccess access = mock(PersonAccess.class);
    final Referrals referrals = mock(Referrals.class);
    final CaseIntake intake = new CaseIntake(store, audit, services, access, mock(Partnerships.class), referrals,
            mock(Maracs.class));
    final StaffPrincipal managerX = practitioner(AGENCY_X);
    final StaffPrincipal referrer = practitioner(AGENCY_Y);
    final CaseService idvaX = CaseworkUnits.service(AGENCY_X, ServiceKind.IDVA, null, worker(managerX, true));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Case stored(UUID id) {
        Case c = CaseworkUnits.aCase(idvaX.id(), null, CaseStatus.AWAITING_ALLOCATION, null);
        Case withId = new Case(new org.hearth.casework.CaseId(id), c.reference(), c.service(), c.serviceName(),
                c.kind(), c.person(), c.source(), c.referredOn(), c.referredBy(), c.reason(), c.status(), c.worker(),
                c.workerName(), c.allocatedAt(), c.firstContactDue(), c.firstAttemptAt(), c.firstContactAt(),
                c.engagement(), null, null, null);
        when(store.row(id)).thenReturn(Optional.of(new CaseRow(withId, AGENCY_X)));
        return withId;
    }

    @Test
    void referringNeedsALastingGroundOnThePerson() {
        signIn(referrer);
        when(access.holdsGround(PERSON)).thenReturn(false);
        assertThatThrownBy(() -> intake.refer(PERSON, idvaX.id(), "Needs support", CaseSource.PERSON_PAGE))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(store, audit, services);
    }

    @Test
    void referringAgainWhileAnotherServicesCaseIsOpenSaysOnlyThatAndIsAudited() {
        UUID open = UUID.randomUUID();
        Case existing = stored(open);
        when(access.holdsGround(PERSON)).thenReturn(true);
        when(services.find(idvaX.id())).thenReturn(Optional.of(idvaX));
        when(store.openCaseOfKind(PERSON, ServiceKind.IDVA)).thenReturn(Optional.of(open));
        when(store.managerOf(any(), any())).thenAnswer(i -> i.getArgument(1).equals(managerX.actorId()));
        signIn(referrer);
        assertThatThrownBy(() -> intake.refer(PERSON, idvaX.id(), "Worried", CaseSource.PERSON_PAGE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get("service"))
                        .contains("already has an open case").doesNotContain(existing.reference()));
        verify(audit).referredAgainWhileOpen(open, PERSON, AGENCY_Y);
        signIn(managerX);
        assertThat(intake.refer(PERSON, idvaX.id(), "Again", CaseSource.PERSON_PAGE)).isEqualTo(existing);
        verify(store, never()).insert(any(), any(), any(), any(), any(), any(), any(), any(), any(), any());
        verify(audit, never()).referred(any(), any(), any());
    }

    @Test
    void aNewReferralIsWrittenWithTheServicesFirstContactDateAndAudited() {
        UUID id = UUID.randomUUID();
        stored(id);
        when(access.holdsGround(PERSON)).thenReturn(true);
        when(services.find(idvaX.id())).thenReturn(Optional.of(idvaX));
        when(store.openCaseOfKind(PERSON, ServiceKind.IDVA)).thenReturn(Optional.empty());
        LocalDate due = LocalDate.of(2030, 1, 2);
        when(services.firstContactDue(eq(idvaX.id()), any())).thenReturn(due);
        when(store.insert(eq(idvaX), eq(PERSON), eq(CaseSource.PERSON_PAGE), eq(null), eq("PERSON_PAGE"), any(),
                eq(AGENCY_Y), eq("Needs support"), any(), eq(due))).thenReturn(id);
        signIn(referrer);
        assertThat(intake.refer(PERSON, idvaX.id(), " Needs support ", CaseSource.PERSON_PAGE).id().value())
                .isEqualTo(id);
        verify(audit).referred(id, PERSON, ServiceKind.IDVA);
        assertThatThrownBy(() -> intake.refer(PERSON, null, "x", CaseSource.PERSON_PAGE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCasePlacedByAnEventIsAuditedOnceAndARedeliveryFindsTheSameCase() {
        MaracReferralId referral = new MaracReferralId(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        stored(id);
        when(store.bySource(CaseSource.MARAC, referral.value(), ServiceKind.IDVA)).thenReturn(Optional.empty());
        when(store.openCaseOfKind(PERSON, ServiceKind.IDVA)).thenReturn(Optional.empty());
        when(services.all()).thenReturn(List.of(idvaX));
        when(store.insert(eq(idvaX), eq(PERSON), eq(CaseSource.MARAC), eq(referral.value()), eq("IDVA"), eq("MARAC"),
                eq(null), any(), any(), any())).thenReturn(id);
        assertThat(intake.fromMarac(referral, PERSON, null)).map(c -> c.id().value()).contains(id);
        verify(audit).placed(id, PERSON, CaseSource.MARAC, referral.value());

        // the same event again, after another delivery wrote the case meanwhile: no second entry
        CaseworkAudit quiet = mock(CaseworkAudit.class);
        CaseIntake again = new CaseIntake(store, quiet, services, access, mock(Partnerships.class), referrals,
                mock(Maracs.class));
        when(store.insert(any(), any(), any(), any(), any(), any(), any(), any(), any(), any())).thenReturn(null);
        when(store.bySource(CaseSource.MARAC, referral.value(), ServiceKind.IDVA)).thenReturn(Optional.empty(),
                Optional.of(id));
        assertThat(again.fromMarac(referral, PERSON, null)).map(c -> c.id().value()).contains(id);
        verifyNoInteractions(quiet);
    }

    @Test
    void anEventForAPersonWithAnOpenCaseOfThatKindOrWithNoServiceOfThatKindPlacesNothing() {
        MaracReferralId referral = new MaracReferralId(UUID.randomUUID());
        UUID open = UUID.randomUUID();
        Case existing = stored(open);
        when(store.bySource(any(), any(), any())).thenReturn(Optional.empty());
        when(store.openCaseOfKind(PERSON, ServiceKind.IDVA)).thenReturn(Optional.of(open));
        assertThat(intake.fromMarac(referral, PERSON, null)).contains(existing);
        when(store.openCaseOfKind(PERSON, ServiceKind.IDVA)).thenReturn(Optional.empty());
        when(services.all()).thenReturn(List.of(CaseworkUnits.service(AGENCY_X, ServiceKind.OUTREACH, null)));
        assertThat(intake.fromMarac(referral, PERSON, null)).isEmpty();
        verify(store, never()).insert(any(), any(), any(), any(), any(), any(), any(), any(), any(), any());
        verifyNoInteractions(audit);
    }

    @Test
    void theHubsTriageDecisionPlacesTheCaseWithTheServiceOfTheVictimsArea() {
        org.hearth.partnership.AreaId north = new org.hearth.partnership.AreaId(UUID.randomUUID());
        CaseService outreachNorth = CaseworkUnits.service(AGENCY_Y, ServiceKind.OUTREACH, north);
        CaseService outreachAll = CaseworkUnits.service(AGENCY_X, ServiceKind.OUTREACH, null);
        when(services.all()).thenReturn(List.of(outreachAll, outreachNorth));
        org.hearth.referrals.ReferralId rid = new org.hearth.referrals.ReferralId(UUID.randomUUID());
        org.hearth.referrals.Referral ref = mock(org.hearth.referrals.Referral.class);
        when(ref.area()).thenReturn(north);
        when(ref.victim()).thenReturn(PERSON);
        when(ref.triagedBy()).thenReturn("Hub Coordinator");
        when(referrals.decided(rid, org.hearth.referrals.TriageOutcome.OUTREACH, JdbcCasework.TRIAGE_READER))
                .thenReturn(Optional.of(ref));
        when(store.bySource(any(), any(), any())).thenReturn(Optional.empty());
        when(store.openCaseOfKind(any(), any())).thenReturn(Optional.empty());
        UUID id = UUID.randomUUID();
        stored(id);
        when(store.insert(eq(outreachNorth), eq(PERSON), eq(CaseSource.TRIAGE), eq(rid.value()), eq("OUTREACH"),
                eq("Hub Coordinator"), any(), any(), any(), any())).thenReturn(id);
        assertThat(intake.fromTriage(rid, PERSON, ServiceKind.OUTREACH)).map(c -> c.id().value()).contains(id);
        verify(audit).placed(id, PERSON, CaseSource.TRIAGE, rid.value());

        // decided as another of the hub's outcomes: the event's victim, any service of the kind, "The hub"
        org.hearth.referrals.ReferralId other = new org.hearth.referrals.ReferralId(UUID.randomUUID());
        when(referrals.decided(any(), any(), any())).thenReturn(Optional.empty());
        UUID second = UUID.randomUUID();
        stored(second);
        when(store.insert(eq(outreachAll), eq(PERSON), eq(CaseSource.TRIAGE), eq(other.value()), eq("OUTREACH"),
                eq("The hub"), eq(null), any(), any(), any())).thenReturn(second);
        assertThat(intake.fromTriage(other, PERSON, ServiceKind.OUTREACH)).map(c -> c.id().value()).contains(second);

        // the same decision heard again finds its case
        when(store.bySource(CaseSource.TRIAGE, rid.value(), ServiceKind.OUTREACH)).thenReturn(Optional.of(id));
        assertThat(intake.fromTriage(rid, PERSON, ServiceKind.OUTREACH)).map(c -> c.id().value()).contains(id);
        verify(audit, org.mockito.Mockito.times(1)).placed(id, PERSON, CaseSource.TRIAGE, rid.value());
    }

    @Test
    void aReferralToMaracPlacesTheCaseInTheMaracsAreas() {
        org.hearth.partnership.AreaId north = new org.hearth.partnership.AreaId(UUID.randomUUID());
        CaseService idvaNorth = CaseworkUnits.service(AGENCY_Y, ServiceKind.IDVA, north);
        when(services.all()).thenReturn(List.of(idvaX, idvaNorth));
        Maracs maracs = mock(Maracs.class);
        org.hearth.marac.MaracId maracId = new org.hearth.marac.MaracId(UUID.randomUUID());
        org.hearth.marac.Marac marac = mock(org.hearth.marac.Marac.class);
        when(marac.areas()).thenReturn(List.of(north));
        when(maracs.find(maracId)).thenReturn(Optional.of(marac));
        CaseIntake withMarac = new CaseIntake(store, audit, services, access, mock(Partnerships.class), referrals,
                maracs);
        when(store.bySource(any(), any(), any())).thenReturn(Optional.empty());
        when(store.openCaseOfKind(any(), any())).thenReturn(Optional.empty());
        UUID id = UUID.randomUUID();
        stored(id);
        MaracReferralId referral = new MaracReferralId(UUID.randomUUID());
        when(store.insert(eq(idvaNorth), any(), any(), any(), any(), any(), any(), any(), any(), any())).thenReturn(id);
        assertThat(withMarac.fromMarac(referral, PERSON, maracId)).map(c -> c.id().value()).contains(id);
    }
}
