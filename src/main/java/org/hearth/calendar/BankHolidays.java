package org.hearth.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The bank holidays Hearth counts (England and Wales, loaded to 2028; an administrator adds the years after and any
 * one-off day such as a state funeral). Changes are audited.
 */
public interface BankHolidays {

    /** The bank holidays of a calendar year, in date order. */
    List<BankHoliday> inYear(int year);

    /** The bank holidays from {@code from} to {@code to}, both included. */
    Set<LocalDate> between(LocalDate from, LocalDate to);

    /** The years that have at least one bank holiday, newest first. */
    List<Integer> years();

    /**
     * Adds a bank holiday, for system administrators.
     *
     * @throws org.hearth.platform.InvalidInputException on a blank name, a weekend day, or a day already listed
     */
    BankHoliday add(LocalDate day, String name);

    /** Removes a bank holiday, for system administrators; false when the day was not listed. */
    boolean remove(LocalDate day);
}
