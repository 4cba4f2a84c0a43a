package org.hearth.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.hearth.calendar.BankHolidays;
import org.hearth.calendar.WorkingDays;
import org.springframework.stereotype.Service;

/** Counts working days against the bank holidays of the span asked about (one query per question). */
@Service
class CalendarWorkingDays implements WorkingDays {

    /** Far enough for any clock Hearth keeps; a question past it is a mistake. */
    static final int MAX_DAYS = 3660;

    private final BankHolidays holidays;

    CalendarWorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return weekday(day) && holidays.between(day, day).isEmpty();
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        return addWorkingDays(day.plusDays(1), 0);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        Span span = new Span(from, days * 2L + 14);
        LocalDate day = from;
        while (!span.working(day)) {
            day = day.plusDays(1);
        }
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (span.working(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public LocalDate minusWorkingDays(LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        Set<LocalDate> off = holidays.between(from.minusDays(days * 2L + 30), from);
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (working(day, off)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (to.isAfter(from.plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException("span too long");
        }
        Set<LocalDate> off = holidays.between(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(day, off)) {
                count++;
            }
        }
        return count;
    }

    /** The bank holidays of a span read at once, read again further on if a count runs past its end. */
    private final class Span {
        private LocalDate end;
        private final Set<LocalDate> off;

        Span(LocalDate from, long days) {
            end = from.plusDays(days);
            off = new java.util.HashSet<>(holidays.between(from, end));
        }

        boolean working(LocalDate day) {
            if (day.isAfter(end)) {
                off.addAll(holidays.between(end.plusDays(1), day.plusDays(60)));
                end = day.plusDays(60);
            }
            return CalendarWorkingDays.working(day, off);
        }
    }

    private static boolean working(LocalDate day, Set<LocalDate> off) {
        return weekday(day) && !off.contains(day);
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
