package org.hearth.platform;

import java.time.LocalDate;
import java.time.Month;

/**
 * The UK public sector's financial year, 1 April to 31 March, which commissioning budgets, BVPI 225 years, strategy
 * periods and yearly figures all follow ({@code commissioning.FinancialYear} is the year with its quarters and label).
 */
public final class FinancialYears {

    private FinancialYears() {
    }

    /** The calendar year in which the financial year holding {@code day} starts: 2026 for 31 March 2027. */
    public static int startingYear(LocalDate day) {
        return day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1;
    }

    /** 1 April of the financial year holding {@code day}. */
    public static LocalDate firstDay(LocalDate day) {
        return LocalDate.of(startingYear(day), Month.APRIL, 1);
    }
}
