package org.hearth.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonGuards;
import org.hearth.people.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The risk pages' need-to-know check on its own: the people module's guard says who may see whom ({@code viewable}: a
 * reading, break-glass included, not only a ground); this asks it.
 */
class PersonRiskAccessTest {

    final People people = mock(People.class);
    final PersonAccess access = mock(PersonAccess.class);
    final PersonRiskAccess risk = new PersonRiskAccess(PersonGuards.of(people, access));
    final UUID id = UUID.randomUUID();

    @Test
    void anAgencyWithNoGroundIsRefusedTheRiskRecords() {
        when(people.name(new PersonId(id))).thenReturn(Optional.of("Beth Ashdown"));
        when(access.mayView(new PersonId(id))).thenReturn(false);
        assertThatThrownBy(() -> risk.person(null, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReaderWithAGroundGetsThePerson() {
        when(people.name(new PersonId(id))).thenReturn(Optional.of("Beth Ashdown"));
        when(access.mayView(new PersonId(id))).thenReturn(true);
        assertThat(risk.person(null, id)).isEqualTo(new PersonId(id));
    }

    @Test
    void noSuchPersonIsNotFoundWithoutAskingAboutAccess() {
        when(people.name(new PersonId(id))).thenReturn(Optional.empty());
        when(access.mayView(new PersonId(id))).thenReturn(true);
        assertThatThrownBy(() -> risk.person(null, id)).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        verify(access, never()).mayView(new PersonId(id));
    }
}
