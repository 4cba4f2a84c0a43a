package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@link PersonGuard}'s two rules on their own: {@code grounded} asks for a real ground (a break-glass reading is not
 * one), {@code viewable} for a reading (a break-glass reading is one); each answers 404 for no such person before it
 * asks about access, whoever asks. The full stack's {@code PersonGuardTest} takes every caller through them.
 */
class PersonGuardRulesTest {

    final People people = mock(People.class);
    final PersonAccess access = mock(PersonAccess.class);
    final PersonGuard guard = new PersonGuard(people, access);
    final UUID id = UUID.randomUUID();
    final PersonId person = new PersonId(id);

    private void exists() {
        when(people.name(person)).thenReturn(Optional.of("Beth Ashdown"));
    }

    @Test
    void groundedLetsInAGroundAndNotABreakGlassReading() {
        exists();
        when(access.mayView(person)).thenReturn(true); // a break-glass reading: may view, holds no ground
        assertThatThrownBy(() -> guard.grounded(id)).isInstanceOf(AccessDeniedException.class);
        when(access.holdsGround(person)).thenReturn(true);
        assertThat(guard.grounded(id)).isEqualTo(person);
    }

    @Test
    void viewableLetsInAReadingAndRefusesAnAgencyThatMayNotView() {
        exists();
        assertThatThrownBy(() -> guard.viewable(id)).isInstanceOf(AccessDeniedException.class);
        when(access.holdsGround(person)).thenReturn(true); // the rule is mayView's, whatever holdsGround says
        assertThatThrownBy(() -> guard.viewable(id)).isInstanceOf(AccessDeniedException.class);
        when(access.mayView(person)).thenReturn(true);
        assertThat(guard.viewable(id)).isEqualTo(person);
    }

    @Test
    void noSuchPersonIsNotFoundBeforeAccessIsAsked() {
        when(people.name(person)).thenReturn(Optional.empty());
        for (Runnable check : new Runnable[] {() -> guard.grounded(id), () -> guard.viewable(id)}) {
            assertThatThrownBy(check::run).isInstanceOfSatisfying(ResponseStatusException.class,
                    e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        }
        verifyNoInteractions(access);
    }
}
