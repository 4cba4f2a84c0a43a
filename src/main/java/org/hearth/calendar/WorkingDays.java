package org.hearth.calendar;

import java.time.LocalDate;

/**
 * Working-day arithmetic: a working day is Monday to Friday and not a bank holiday. Clocks with their own rules (a
 * school's term dates, an order's 48 hours that leave out Sundays, Christmas Day and Good Friday) build on
 * {@link BankHolidays} instead.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** The first working day after {@code day} (never {@code day} itself). */
    LocalDate nextWorkingDay(LocalDate day);

    /**
     * The working day {@code days} working days after {@code from} ({@code days} &gt;= 0); 0 gives {@code from} when it
     * is a working day, else the next one. A referral on Friday with a 2-working-day target is due on Tuesday.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** The working day {@code days} working days before {@code from} ({@code days} &gt;= 1). */
    LocalDate minusWorkingDays(LocalDate from, int days);

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
