package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.people.PersonCorrection.Field;
import org.junit.jupiter.api.Test;

/**
 * The one set of correction rules, for a correction on the person's page and one proposed for a subject access
 * request alike: pure, no Spring.
 */
class CorrectionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aGoodCorrectionHasNoErrors() {
        assertThat(CorrectionRules.errors(Field.GIVEN_NAME, "Beth", " Bethany ", "Spelt wrong", "Herself", TODAY))
                .isEmpty();
        assertThat(CorrectionRules.errors(Field.DATE_OF_BIRTH, null, TODAY.toString(), "r", "her", TODAY)).isEmpty();
        assertThat(CorrectionRules.errors(Field.GIVEN_NAME, "Beth", "x".repeat(200), " " + "r".repeat(2000) + " ",
                "a".repeat(200), TODAY)).isEmpty();
    }

    @Test
    void aCorrectionWithNothingGivenHasAnErrorPerFieldInTheFormsOrderSayingWhatToDo() {
        assertThat(CorrectionRules.errors(null, null, " ", null, " ", TODAY)).containsExactly(
                Map.entry("field", "Choose the field to correct"),
                Map.entry("newValue", "Enter the correct value"),
                Map.entry("reason", "Enter the reason for the correction"),
                Map.entry("requestedBy", "Enter who asked for the correction"));
    }

    @Test
    void aCorrectionIsRefusedWhenTooLongTheSameOrNotARealPastDate() {
        assertThat(CorrectionRules.errors(Field.GIVEN_NAME, "Beth", "x".repeat(201), "r".repeat(2001),
                "a".repeat(201), TODAY)).containsExactly(
                Map.entry("newValue", "The correct value must be 200 characters or fewer"),
                Map.entry("reason", "The reason must be 2000 characters or fewer"),
                Map.entry("requestedBy", "Who asked for the correction must be 200 characters or fewer"));
        assertThat(CorrectionRules.errors(Field.FAMILY_NAME, "Ashdown", " Ashdown ", "r", "her", TODAY))
                .containsExactly(Map.entry("newValue", "Enter a value different from the one recorded"));
        assertThat(CorrectionRules.errors(Field.DATE_OF_BIRTH, "1979-02-03", TODAY.plusDays(1).toString(), "r", "her",
                TODAY)).containsExactly(Map.entry("newValue", "The date of birth must be in the past"));
        assertThat(CorrectionRules.errors(Field.DATE_OF_BIRTH, "1979-02-03", "2026-02-30", "r", "her", TODAY))
                .containsExactly(Map.entry("newValue", "Enter a real date of birth"));
        // a name is never read as a date, and the same text in another field is no error
        assertThat(CorrectionRules.errors(Field.GIVEN_NAME, "Beth", "not a date", "r", "her", TODAY)).isEmpty();
        assertThat(CorrectionRules.errors(null, "Beth", "Beth", "r", "her", TODAY)).containsOnlyKeys("field");
    }
}
