package org.hearth.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hearth.disclosure.CheckTask;
import org.hearth.people.People;
import org.hearth.people.PersonAccess;
import org.hearth.people.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Where an application is, in the team's list: closed, decided, its furthest stage, or just received; and a check as
 * the agency asked sees it: the subject named only to someone holding a ground on them.
 */
class DisclosureAssemblerTest {

    final People people = mock(People.class);
    final PersonAccess access = mock(PersonAccess.class);
    final DisclosureAssembler assembler = new DisclosureAssembler(mock(DisclosureStore.class), people, access);

    @Test
    void theListSaysClosedThenDecidedThenTheFurthestStage() {
        assertThat(DisclosureAssembler.stageWords("CHECKS", "DISCLOSE", true)).isEqualTo("Closed");
        assertThat(DisclosureAssembler.stageWords("CHECKS", "DISCLOSE", false)).isEqualTo("Decided: disclose");
        assertThat(DisclosureAssembler.stageWords("CHECKS", "NO_DISCLOSURE", false))
                .isEqualTo("Decided: no disclosure");
        assertThat(DisclosureAssembler.stageWords("CHECKS", null, false)).isEqualTo("Checks with agencies completed");
        assertThat(DisclosureAssembler.stageWords(null, null, false)).isEqualTo("Received");
    }

    static DisclosureStore.CheckRow check(PersonId subject) {
        LocalDate asked = LocalDate.of(2026, 11, 30);
        return new DisclosureStore.CheckRow(UUID.randomUUID(), "DVDS-2026-0007", subject.value(), asked,
                asked.plusDays(7), null, null, null);
    }

    @Test
    void aCheckNamesTheSubjectOnlyToSomeoneHoldingAGroundOnThem() {
        PersonId subject = PersonId.random();
        when(people.name(subject)).thenReturn(Optional.of("Sam Subject"));
        DisclosureStore.CheckRow row = check(subject);

        when(access.holdsGround(subject)).thenReturn(false);
        CheckTask hidden = assembler.checkTask(row);
        assertThat(hidden.subject()).isNull();
        assertThat(hidden.subjectName()).isEqualTo("A person whose record you cannot see");
        assertThat(hidden.reference()).isEqualTo("DVDS-2026-0007");
        assertThat(hidden.dueOn()).isEqualTo(row.dueOn());
        verify(people, never()).name(any());

        when(access.holdsGround(subject)).thenReturn(true);
        CheckTask named = assembler.checkTask(row);
        assertThat(named.subject()).isEqualTo(subject);
        assertThat(named.subjectName()).isEqualTo("Sam Subject");
    }
}
