package org.hearth.calendar;

import java.time.LocalDate;

/** A bank holiday: the day it is observed on (a substitute day when the holiday falls at a weekend) and its name. */
public record BankHoliday(LocalDate day, String name) {
}
