package org.hearth.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A rule's date: the later of the years after the last involvement and the birthday; and how it reads. */
class RetentionRuleTest {

    @Test
    void theLaterOfTheTwoLimits() {
        RetentionRule child = new RetentionRule(RecordType.CHILD, 6, 25, "r", null);
        LocalDate last = LocalDate.of(2020, 5, 1);
        assertThat(child.dueOn(last, LocalDate.of(2010, 2, 3))).isEqualTo(LocalDate.of(2035, 2, 3));
        assertThat(child.dueOn(last, LocalDate.of(1990, 2, 3))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(child.dueOn(last, null)).as("no date of birth: the years only").isEqualTo(LocalDate.of(2026, 5, 1));
        RetentionRule adult = new RetentionRule(RecordType.ADULT, 6, null, "r", null);
        assertThat(adult.dueOn(last, LocalDate.of(2010, 2, 3))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(child.describe()).isEqualTo("6 years after the last involvement, or until the 25th birthday if later");
        assertThat(new RetentionRule(RecordType.ADULT, 1, 21, "r", null).describe())
                .isEqualTo("1 year after the last involvement, or until the 21st birthday if later");
        assertThat(RetentionRule.ordinal(22)).isEqualTo("22nd");
        assertThat(RetentionRule.ordinal(13)).isEqualTo("13th");
    }
}
