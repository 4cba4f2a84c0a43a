package org.hearth.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.people.Candidate;
import org.hearth.people.Disability;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonId;
import org.hearth.people.Sex;
import org.junit.jupiter.api.Test;

/**
 * When the API and the police import link a named person to an existing record ({@link Intake#exactMatch}): only
 * the same name and date of birth, clearly ahead of the next candidate. A wrong link would put one person's
 * referral on another's record.
 */
class ExactMatchTest {

    static final PersonDetails BETH = details("Beth", "Ashdown", LocalDate.of(1985, 7, 12));
    static final PersonId ONE = PersonId.random();
    static final PersonId TWO = PersonId.random();

    static PersonDetails details(String given, String family, LocalDate born) {
        return new PersonDetails(given, family, born, null, Sex.FEMALE, null, null, null, false, Disability.NOT_KNOWN,
                null, null);
    }

    static Candidate candidate(PersonId id, String name, String born, double score) {
        return new Candidate(id, name, born, score, List.of("name"));
    }

    @Test
    void theSameNameAndBirthdayAloneIsLinked() {
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "  beth   ASHDOWN ", "1985-07-12", 0.9)), BETH))
                .contains(ONE);
    }

    @Test
    void aDifferentNameOrBirthdayIsNeverLinked() {
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashford", "1985-07-12", 0.99)), BETH)).isEmpty();
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-13", 0.99)), BETH)).isEmpty();
        assertThat(Intake.exactMatch(List.of(candidate(ONE, null, "1985-07-12", 0.99)), BETH)).isEmpty();
    }

    @Test
    void withoutADateOfBirthOrCandidatesNothingIsLinked() {
        PersonDetails noBirthday = details("Beth", "Ashdown", null);
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", null, 0.99)), noBirthday)).isEmpty();
        assertThat(Intake.exactMatch(List.of(), BETH)).isEmpty();
    }

    @Test
    void twoRecordsOfTheSameNameAndBirthdayBlockTheLink() {
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Beth Ashdown", "1985-07-12", 0.85)), BETH)).isEmpty();
        // unless the second is far behind
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Beth Ashdown", "1985-07-12", 0.6)), BETH)).contains(ONE);
    }

    @Test
    void aDifferentPersonScoringAsHighBlocksTheLink() {
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Bethany Ashdown", "1985-07-12", 0.9)), BETH)).isEmpty();
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Bethany Ashdown", "1985-07-12", 0.89)), BETH)).contains(ONE);
    }

    @Test
    void theLeadIsTwoTenthsExactly() {
        // the same name and birthday a little more than 0.2 behind is clear; a little less is not
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Beth Ashdown", "1985-07-12", 0.69)), BETH)).contains(ONE);
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Beth Ashdown", "1985-07-12", 0.71)), BETH)).isEmpty();
        assertThat(Intake.exactMatch(List.of(candidate(ONE, "Beth Ashdown", "1985-07-12", 0.9),
                candidate(TWO, "Beth Ashdown", "1985-07-12", 0.9 - Intake.CLEAR_LEAD)), BETH)).contains(ONE);
    }

    @Test
    void theReasonsKeptForTheHubCannotBreakOutOfTheirArray() {
        // reasons can quote a name as typed in a referral: joined by the unit separator for string_to_array, a
        // separator typed inside one becomes a space, so it never splits into another element; quotes stay as typed
        assertThat(LeftForTheHub.reasons(List.of())).isEmpty();
        assertThat(LeftForTheHub.reasons(List.of("same name", "alias \"O'Neil\"", "a\\b\u001fc")))
                .isEqualTo("same name\u001falias \"O'Neil\"\u001fa\\b c");
    }
}
