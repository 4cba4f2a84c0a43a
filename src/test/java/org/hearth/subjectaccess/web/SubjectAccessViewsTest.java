package org.hearth.subjectaccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.people.PersonCorrection;
import org.hearth.people.PersonId;
import org.hearth.subjectaccess.RequestId;
import org.hearth.subjectaccess.RequesterRole;
import org.hearth.subjectaccess.SubjectAccessRequest;
import org.junit.jupiter.api.Test;

/** The clock in words, the due date a month on (extended up to three), and corrected dates in words. */
class SubjectAccessViewsTest {

    private static SubjectAccessRequest request(LocalDate received, LocalDate extendedTo, Instant released) {
        return new SubjectAccessRequest(new RequestId(UUID.randomUUID()), "SAR-2026-0001", received, "A requester",
                RequesterRole.PERSON_CAUSING_HARM, null, null, new PersonId(UUID.randomUUID()), "A person",
                SubjectAccessRequest.dueOn(received), extendedTo, extendedTo == null ? null : "Complex", released,
                released == null ? null : "An officer", "An officer", null);
    }

    @Test
    void dueOneMonthOnAndAtMostThreeWithAnExtension() {
        assertThat(SubjectAccessRequest.dueOn(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(SubjectAccessRequest.dueOn(LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(SubjectAccessRequest.latestExtension(LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 6, 5));
        SubjectAccessRequest extended = request(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 5, 20), null);
        assertThat(extended.effectiveDue()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void theClockInWords() {
        SubjectAccessRequest r = request(LocalDate.of(2026, 3, 5), null, null);
        assertThat(SubjectAccessViews.clock(r, LocalDate.of(2026, 4, 4))).isEqualTo("Due in 1 day");
        assertThat(SubjectAccessViews.clock(r, LocalDate.of(2026, 4, 5))).isEqualTo("Due today");
        assertThat(SubjectAccessViews.clock(r, LocalDate.of(2026, 4, 8))).isEqualTo("Overdue by 3 days");
        assertThat(SubjectAccessViews.colour(r, LocalDate.of(2026, 4, 8))).isEqualTo("red");
        assertThat(SubjectAccessViews.clock(request(LocalDate.of(2026, 3, 5), null, Instant.now()),
                LocalDate.of(2026, 9, 1))).isEqualTo("Released");
    }

    @Test
    void aCorrectedDateOfBirthIsInWords() {
        assertThat(SubjectAccessViews.value(PersonCorrection.Field.DATE_OF_BIRTH, "1988-03-14"))
                .isEqualTo("14 March 1988");
        assertThat(SubjectAccessViews.value(PersonCorrection.Field.GIVEN_NAME, null)).isEqualTo("Not recorded");
        assertThat(SubjectAccessViews.summary(request(LocalDate.of(2026, 3, 5), null, null), LocalDate.of(2026, 3, 6)))
                .anyMatch(row -> row.key().equals("Proof of identity") && row.value().equals("Not checked yet"));
    }
}
