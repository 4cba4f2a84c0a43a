package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The financial year starts on 1 April: 31 March belongs to the year before. */
class FinancialYearsTest {

    @Test
    void theYearTurnsOnTheFirstOfApril() {
        assertThat(FinancialYears.startingYear(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(FinancialYears.startingYear(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
        assertThat(FinancialYears.startingYear(LocalDate.of(2027, 1, 1))).isEqualTo(2026);
        assertThat(FinancialYears.startingYear(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
        assertThat(FinancialYears.firstDay(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(FinancialYears.firstDay(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(FinancialYears.firstDay(LocalDate.of(2027, 9, 15))).isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
