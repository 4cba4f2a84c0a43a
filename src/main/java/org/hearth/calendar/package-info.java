/**
 * The partnership's calendar: bank holidays as data an administrator keeps ({@link org.hearth.calendar.BankHolidays}),
 * and the working-day arithmetic every clock shares ({@link org.hearth.calendar.WorkingDays}): the hub's meeting
 * window, a school notification's next school day, casework's first-contact target and an order's hearing deadline
 * all count days the same way. See docs/calendar.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.hearth.calendar;
