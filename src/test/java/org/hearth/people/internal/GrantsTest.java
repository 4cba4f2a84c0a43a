package org.hearth.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.hearth.access.Role;
import org.hearth.people.PersonCorrection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reads guarded by the view, with the stores mocked (no Spring, no database): a person's grants and their
 * corrections only to a reader of the full record, and nothing asked of the store for anyone else.
 */
class GrantsTest {

    final GrantStore store = mock(GrantStore.class);
    final Grants grants = new Grants(store, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonsGrantsAreListedOnlyToAReaderOfTheFullRecord() {
        PeopleGuardsTest.signInAs(Role.PRACTITIONER);
        when(store.view(any(), any(), any(), anyBoolean())).thenReturn(PeopleGuardsTest.NONE);
        assertThatThrownBy(() -> grants.currentGrants(PeopleGuardsTest.PERSON))
                .isInstanceOf(AccessDeniedException.class).hasMessage("No ground to see this person");
        when(store.view(any(), any(), any(), anyBoolean())).thenReturn(PeopleGuardsTest.GLASS);
        when(store.current(PeopleGuardsTest.PERSON)).thenReturn(List.of());
        assertThat(grants.currentGrants(PeopleGuardsTest.PERSON)).isEmpty();
    }

    @Test
    void aPersonsCorrectionsAreReadOnlyByAReaderOfTheFullRecord() {
        PeopleGuardsTest.signInAs(Role.PRACTITIONER);
        PersonStore people = mock(PersonStore.class);
        PersonRecords records = new PersonRecords(people, null, store, grants, null, List.of());
        when(store.view(any(), any(), any(), anyBoolean())).thenReturn(PeopleGuardsTest.NONE);
        assertThatThrownBy(() -> records.corrections(PeopleGuardsTest.PERSON))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("No ground to read");
        verifyNoInteractions(people);
        List<PersonCorrection> none = List.of();
        when(people.corrections(PeopleGuardsTest.PERSON)).thenReturn(none);
        when(store.view(any(), any(), any(), anyBoolean())).thenReturn(PeopleGuardsTest.GRANT);
        assertThat(records.corrections(PeopleGuardsTest.PERSON)).isSameAs(none);
    }

    @Test
    void theViewIsAskedForTheActorsAgencyAndOwnIdWithTheHubRoleAsTheStandingGround() {
        var me = PeopleGuardsTest.signInAs(Role.HUB_COORDINATOR);
        when(store.view(PeopleGuardsTest.PERSON, PeopleGuardsTest.AGENCY.value(), me.id().value(), true))
                .thenReturn(PeopleGuardsTest.HUB);
        assertThat(grants.view(PeopleGuardsTest.PERSON)).isEqualTo(PeopleGuardsTest.HUB);
        PeopleGuardsTest.signInAsApiClient();
        when(store.view(PeopleGuardsTest.PERSON, PeopleGuardsTest.AGENCY.value(), null, false))
                .thenReturn(PeopleGuardsTest.GRANT);
        assertThat(grants.view(PeopleGuardsTest.PERSON)).isEqualTo(PeopleGuardsTest.GRANT);
    }
}
