package org.hearth.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffUser;
import org.hearth.access.StaffUserId;
import org.hearth.access.StaffUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.Application;
import org.hearth.disclosure.ApplicationId;
import org.hearth.disclosure.HoldingAgency;
import org.hearth.disclosure.Route;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.people.AccessGrant;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.GrantBasis;
import org.hearth.people.GrantHolder;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.support.TestActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which agencies the team may ask about the subject ({@link DisclosureChecks#holdingAgencies}), with the store, the
 * people module and the audit as mocks: only an agency whose grant says it holds a record
 * ({@link DisclosureRules#holdsARecord}) is listed; never the team's own {@code DISCLOSURE} work, information
 * governance's subject access, nor a refuge provider (whose grant says where the subject is).
 */
class DisclosureChecksTest {

    static final AgencyId TEAM_AGENCY = AgencyId.random();
    static final AgencyId HOLDER = AgencyId.random();
    static final AgencyId STAFF_HOLDER = AgencyId.random();
    static final AgencyId GOVERNANCE = AgencyId.random();
    static final AgencyId REFUGE = AgencyId.random();
    static final PersonId SUBJECT = PersonId.random();

    final DisclosureStore store = mock(DisclosureStore.class);
    final DisclosureAssembler assembler = mock(DisclosureAssembler.class);
    final DisclosureApplications applications = mock(DisclosureApplications.class);
    final PersonAccess access = mock(PersonAccess.class);
    final StaffUsers users = mock(StaffUsers.class);
    final Partnerships partnerships = mock(Partnerships.class);
    final AuditTrail audit = mock(AuditTrail.class);
    final DisclosureChecks checks = new DisclosureChecks(store, assembler, applications, access, users,
            partnerships, audit);
    final UUID app = UUID.randomUUID();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(Actor actor) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
    }

    static AccessGrant grant(AccessGround ground, GrantHolder holder, GrantBasis basis) {
        return new AccessGrant(UUID.randomUUID(), SUBJECT, ground, AccessScope.RECORD, holder, "Holder",
                Instant.now(), null, "Approver", basis);
    }

    static Application application(UUID id, List<Application.CheckRequest> checks) {
        return new Application(new ApplicationId(id), "DVDS-2026-0001", Route.RIGHT_TO_KNOW, LocalDate.now(), null,
                null, new Application.Party(PersonId.random(), "At risk", null),
                new Application.Party(SUBJECT, "Subject", null), false, null, List.of(), checks, null, null, null, null,
                null, null, null, "Team", null, null);
    }

    void known(AgencyId agency, String name) {
        when(partnerships.agency(agency)).thenReturn(Optional.of(new Agency(agency, name, null, true, null, true)));
    }

    @Test
    void onlyAgenciesHoldingARecordAreListedNeverTheTeamGovernanceOrARefuge() {
        TestActor team = TestActor.staff(TEAM_AGENCY, Role.DISCLOSURE_TEAM);
        signIn(team);
        StaffUserId worker = StaffUserId.random();
        StaffUserId teamMember = new StaffUserId(team.actorId());
        StaffUserId officer = StaffUserId.random();
        when(store.ofAgency(app, TEAM_AGENCY.value())).thenReturn(Optional.of(app));
        when(assembler.load(app)).thenReturn(application(app, List.of(new Application.CheckRequest(UUID.randomUUID(),
                STAFF_HOLDER, "Staff holder", LocalDate.now(), LocalDate.now(), null, null, null, null))));
        when(access.currentGrants(SUBJECT)).thenReturn(List.of(
                grant(AccessGround.REFERRER, GrantHolder.agency(HOLDER), null),
                grant(AccessGround.ALLOCATED, GrantHolder.user(worker), null),
                grant(AccessGround.DISCLOSURE, GrantHolder.user(teamMember), new GrantBasis("disclosure", "x")),
                grant(AccessGround.SUBJECT_ACCESS, GrantHolder.user(officer), null),
                grant(AccessGround.REFERRER, GrantHolder.agency(REFUGE),
                        new GrantBasis(GrantBasis.WHEREABOUTS, "r"))));
        when(users.find(worker)).thenReturn(Optional.of(user(worker, STAFF_HOLDER)));
        when(users.find(teamMember)).thenReturn(Optional.of(user(teamMember, TEAM_AGENCY)));
        when(users.find(officer)).thenReturn(Optional.of(user(officer, GOVERNANCE)));
        known(HOLDER, "Police");
        known(STAFF_HOLDER, "Council");
        known(TEAM_AGENCY, "Disclosure unit");
        known(GOVERNANCE, "Information governance");
        known(REFUGE, "Refuge");

        List<HoldingAgency> holders = checks.holdingAgencies(new ApplicationId(app));

        assertThat(holders).extracting(HoldingAgency::name).containsExactly("Council", "Police");
        assertThat(holders).extracting(HoldingAgency::id).containsExactly(STAFF_HOLDER, HOLDER);
        assertThat(holders).extracting(HoldingAgency::asked).containsExactly(true, false);
        verify(audit).record(eq(AuditAction.READ), eq(JdbcDisclosures.RECORD_TYPE),
                eq(List.of(app.toString(), SUBJECT.toString())), anyString());
    }

    static StaffUser user(StaffUserId id, AgencyId agency) {
        return new StaffUser(id, "user", "A user", null, agency, java.util.Set.of(), true, false, true, false,
                null);
    }

    @Test
    void onlyTheTeamAsksWhoHoldsARecordAndAnotherAgencysApplicationIsNotFound() {
        signIn(TestActor.staff(TEAM_AGENCY, Role.PRACTITIONER));
        assertThatThrownBy(() -> checks.holdingAgencies(new ApplicationId(app)))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(store, access, audit);
        signIn(TestActor.staff(TEAM_AGENCY, Role.DISCLOSURE_TEAM));
        when(store.ofAgency(any(), any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> checks.holdingAgencies(new ApplicationId(app)))
                .isInstanceOf(java.util.NoSuchElementException.class);
        verifyNoInteractions(access, audit);
        verify(store).ofAgency(app, TEAM_AGENCY.value());
    }
}
