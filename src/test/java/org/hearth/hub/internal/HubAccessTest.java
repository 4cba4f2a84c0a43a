package org.hearth.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.ApiClientId;
import org.hearth.access.ApiClientPrincipal;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.access.StaffUserId;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.hub.ActionSubject;
import org.hearth.hub.HubActionId;
import org.hearth.hub.HubCaseId;
import org.hearth.hub.HubMeetingId;
import org.hearth.hub.HubMeetings.Action;
import org.hearth.hub.HubMeetings.AgendaCase;
import org.hearth.hub.HubMeetings.CaseStatus;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.hearth.referrals.ReferralId;
import org.hearth.referrals.ReferralSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The hub's guards one at a time, with no database: each asked by someone not involved at that guard (an API client,
 * nobody signed in, a representative of an agency not attending, a reader with no ground on the victim, another
 * agency), and what each refusal writes to the audit trail.
 */
class HubAccessTest {

    static final AgencyId MINE = new AgencyId(UUID.randomUUID());
    static final AgencyId OTHER = new AgencyId(UUID.randomUUID());

    final HubStore store = mock(HubStore.class);
    final AuditTrail audit = mock(AuditTrail.class);
    final PersonAccess access = mock(PersonAccess.class);
    final HubAccess guard = new HubAccess(store, audit, access);
    final HubMeetingId meeting = HubMeetingId.random();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static StaffPrincipal actAs(Role... roles) {
        StaffPrincipal p = new StaffPrincipal(new StaffUserId(UUID.randomUUID()), "user", "A User", MINE,
                Set.of(roles), true, false, true, null);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        return p;
    }

    static void actAsApiClient() {
        ApiClientPrincipal client = new ApiClientPrincipal(new ApiClientId(UUID.randomUUID()), "client", MINE, Set.of());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null, List.of()));
    }

    static AgendaCase hubCase(HubMeetingId meeting, PersonId victim) {
        return new AgendaCase(new HubCaseId(UUID.randomUUID()), meeting, 1, new ReferralId(UUID.randomUUID()), "R-1",
                ReferralSource.IMPORT, LocalDate.now(), victim, List.of(), List.of(), 0, null, null, false, false, true,
                false, CaseStatus.WAITING);
    }

    // ------------------------------------------------------------------------------------------- who acts

    @Test
    void anApiClientOrNobodyIsNeverAnActorNorACoordinator() {
        assertThatThrownBy(HubAccess::actor).as("nobody").isInstanceOf(AccessDeniedException.class);
        assertThat(HubAccess.coordinator()).isFalse();
        actAsApiClient();
        assertThatThrownBy(HubAccess::actor).as("an API client").isInstanceOf(AccessDeniedException.class);
        assertThat(HubAccess.coordinator()).isFalse();
        assertThatThrownBy(HubAccess::requireCoordinator).isInstanceOf(AccessDeniedException.class);
        StaffPrincipal me = actAs(Role.AGENCY_REPRESENTATIVE);
        assertThat(HubAccess.actor()).isSameAs(me);
        assertThat(HubAccess.coordinator()).isFalse();
        assertThatThrownBy(HubAccess::requireCoordinator).isInstanceOf(AccessDeniedException.class);
        actAs(Role.HUB_COORDINATOR);
        assertThat(HubAccess.coordinator()).isTrue();
        assertThatCode(HubAccess::requireCoordinator).doesNotThrowAnyException();
    }

    @Test
    void theFiguresAreForCoordinatorsAnalystsAndAdministratorsOnly() {
        for (Role role : List.of(Role.HUB_COORDINATOR, Role.PARTNERSHIP_COORDINATOR, Role.ANALYST, Role.SYSTEM_ADMIN)) {
            actAs(role);
            assertThatCode(HubAccess::requireFigures).as(role.name()).doesNotThrowAnyException();
        }
        for (Role role : List.of(Role.PRACTITIONER, Role.AGENCY_REPRESENTATIVE, Role.ESTABLISHMENT_CONTACT)) {
            actAs(role);
            assertThatThrownBy(HubAccess::requireFigures).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        actAsApiClient();
        assertThatThrownBy(HubAccess::requireFigures).isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------------------------------------- the meeting

    @Test
    void aRepresentativeNotAttendingIsRefusedTheMeetingAndTheRefusalIsAudited() {
        StaffPrincipal me = actAs(Role.AGENCY_REPRESENTATIVE);
        when(store.attending(meeting, me.actorId())).thenReturn(false);
        assertThatThrownBy(() -> guard.requireMayOpen(meeting)).isInstanceOf(AccessDeniedException.class);
        verify(audit).recordRefusal(AuditAction.READ, "hub-meeting", List.of(meeting.toString()),
                "refused: not attending");

        when(store.attending(meeting, me.actorId())).thenReturn(true);
        assertThatCode(() -> guard.requireMayOpen(meeting)).doesNotThrowAnyException();
    }

    @Test
    void aCoordinatorOpensEveryMeetingWithoutAttending() {
        actAs(Role.HUB_COORDINATOR);
        assertThatCode(() -> guard.requireMayOpen(meeting)).doesNotThrowAnyException();
        verify(audit, never()).recordRefusal(any(), anyString(), anyCollection(), anyString());
    }

    @Test
    void anApiClientIsRefusedTheMeetingWhateverTheAttendance() {
        actAsApiClient();
        when(store.attending(any(), any())).thenReturn(true);
        assertThatThrownBy(() -> guard.requireMayOpen(meeting)).isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------------------------------------- a case

    @Test
    void theAgendaShowsARepresentativeOnlyTheCasesWhoseVictimTheyMayView() {
        PersonId seen = new PersonId(UUID.randomUUID());
        PersonId unseen = new PersonId(UUID.randomUUID());
        AgendaCase a = hubCase(meeting, seen);
        AgendaCase b = hubCase(meeting, unseen);
        actAs(Role.AGENCY_REPRESENTATIVE);
        when(access.viewableAmong(List.of(seen, unseen))).thenReturn(Set.of(seen));
        assertThat(guard.readable(List.of(a, b))).containsExactly(a);
        actAs(Role.HUB_COORDINATOR);
        assertThat(guard.readable(List.of(a, b))).containsExactly(a, b);
    }

    @Test
    void aCaseWhoseVictimTheReaderMayNotViewIsRefusedAndTheRefusalAudited() {
        PersonId victim = new PersonId(UUID.randomUUID());
        AgendaCase c = hubCase(meeting, victim);
        StaffPrincipal me = actAs(Role.AGENCY_REPRESENTATIVE);
        when(store.attending(meeting, me.actorId())).thenReturn(true);
        when(access.mayView(victim)).thenReturn(false);
        assertThatThrownBy(() -> guard.requireOnCase(c)).isInstanceOf(AccessDeniedException.class);
        verify(audit).recordRefusal(AuditAction.READ, "hub-case", List.of(c.id().toString()),
                "refused: no ground on the victim");
        assertThatThrownBy(() -> guard.requireCaseParts(c)).isInstanceOf(AccessDeniedException.class);

        when(access.mayView(victim)).thenReturn(true);
        assertThatCode(() -> guard.requireOnCase(c)).doesNotThrowAnyException();
        assertThatCode(() -> guard.requireCaseParts(c)).doesNotThrowAnyException();

        // with a ground on the victim but not attending: the meeting's guard comes first
        when(store.attending(meeting, me.actorId())).thenReturn(false);
        assertThatThrownBy(() -> guard.requireCaseParts(c)).isInstanceOf(AccessDeniedException.class);

        actAs(Role.HUB_COORDINATOR);
        when(access.mayView(victim)).thenReturn(false);
        assertThatCode(() -> guard.requireOnCase(c)).doesNotThrowAnyException();
        assertThatCode(() -> guard.requireCaseParts(c)).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------------------- what is recorded

    @Test
    void aRepresentativeRecordsForTheirOwnAgencyWhateverTheyNameAndACoordinatorForTheOneNamed() {
        actAs(Role.AGENCY_REPRESENTATIVE);
        assertThat(HubAccess.recordingFor(OTHER)).isEqualTo(MINE);
        assertThat(HubAccess.recordingFor(null)).isEqualTo(MINE);
        actAs(Role.HUB_COORDINATOR);
        assertThat(HubAccess.recordingFor(OTHER)).isEqualTo(OTHER);
        assertThat(HubAccess.recordingFor(null)).isEqualTo(MINE);
        actAsApiClient();
        assertThatThrownBy(() -> HubAccess.recordingFor(OTHER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheOwnerAgencyOrACoordinatorCompletesAnAction() {
        Action ours = new Action(HubActionId.random(), new HubCaseId(UUID.randomUUID()), "R-1", ActionSubject.VICTIM,
                "Visit", MINE, "Ours", Instant.now(), null);
        Action theirs = new Action(HubActionId.random(), new HubCaseId(UUID.randomUUID()), "R-1", ActionSubject.VICTIM,
                "Visit", OTHER, "Theirs", Instant.now(), null);
        actAs(Role.AGENCY_REPRESENTATIVE);
        assertThatCode(() -> HubAccess.requireMayComplete(ours)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HubAccess.requireMayComplete(theirs)).isInstanceOf(AccessDeniedException.class);
        actAs(Role.HUB_COORDINATOR);
        assertThatCode(() -> HubAccess.requireMayComplete(theirs)).doesNotThrowAnyException();
        actAsApiClient();
        assertThatThrownBy(() -> HubAccess.requireMayComplete(ours)).isInstanceOf(AccessDeniedException.class);
    }
}
