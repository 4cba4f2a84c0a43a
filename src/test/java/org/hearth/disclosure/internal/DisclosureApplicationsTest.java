package org.hearth.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditTrail;
import org.hearth.disclosure.DisclosureFigures;
import org.hearth.disclosure.Route;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Partnerships;
import org.hearth.support.TestActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The scheme's figures ({@link DisclosureApplications#figures}) with the store as a mock: read by coordinators,
 * administrators, analysts and the disclosure team ({@link DisclosureRules#figuresReader}); anyone else, and an API
 * client, is refused before the store is asked.
 */
class DisclosureApplicationsTest {

    static final AgencyId AGENCY = AgencyId.random();
    static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    static final LocalDate TO = LocalDate.of(2027, 3, 31);

    final DisclosureStore store = mock(DisclosureStore.class);
    final DisclosureApplications applications = new DisclosureApplications(store, mock(DisclosureAssembler.class),
            mock(DisclosureTeam.class), mock(Partnerships.class), mock(AuditTrail.class));

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void thePractitionerAndAnApiClientAreRefusedTheFiguresBeforeTheStoreIsAsked() {
        for (Actor refused : new Actor[] {TestActor.staff(AGENCY, Role.PRACTITIONER),
                TestActor.staff(AGENCY, Role.HUB_COORDINATOR), TestActor.apiClient(AGENCY),
                new TestActor(java.util.UUID.randomUUID(), AGENCY, java.util.Set.of(Role.ANALYST), true)}) {
            DisclosureChecksTest.signIn(refused);
            assertThatThrownBy(() -> applications.figures(FROM, TO)).as("%s", refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        verifyNoInteractions(store);
    }

    @Test
    void coordinatorsAdministratorsAnalystsAndTheTeamReadTheFiguresOfThePeriod() {
        Map<Route, DisclosureFigures.Row> rows = Map.of(Route.RIGHT_TO_ASK, new DisclosureFigures.Row(7, 3, 2, 2, 4,
                90));
        when(store.figures(FROM, TO)).thenReturn(rows);
        for (Role role : new Role[] {Role.ANALYST, Role.PARTNERSHIP_COORDINATOR, Role.SYSTEM_ADMIN,
                Role.DISCLOSURE_TEAM}) {
            DisclosureChecksTest.signIn(TestActor.staff(AGENCY, role));
            DisclosureFigures figures = applications.figures(FROM, TO);
            assertThat(figures.from()).isEqualTo(FROM);
            assertThat(figures.to()).isEqualTo(TO);
            assertThat(figures.byRoute()).as("%s", role).isEqualTo(rows);
        }
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> applications.figures(FROM, TO)).isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(store);
    }
}
