package org.hearth.encompass.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.encompass.Term;

/**
 * The next-school-day clock, without a database: a school day is inside a term, Monday to Friday, not a bank
 * holiday and not a closure (INSET) day; past the last recorded term (or with none recorded) every working day
 * counts, so a missing calendar never makes the clock later.
 */
final class SchoolCalendar {

    static final int HORIZON_DAYS = 400;

    private final List<Term> terms;
    private final Set<LocalDate> closures;
    private final Set<LocalDate> bankHolidays;
    private final LocalTime startsAt;

    SchoolCalendar(List<Term> terms, Set<LocalDate> closures, Set<LocalDate> bankHolidays, LocalTime startsAt) {
        this.terms = terms;
        this.closures = closures;
        this.bankHolidays = bankHolidays;
        this.startsAt = startsAt;
    }

    boolean schoolDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || bankHolidays.contains(day) || closures.contains(day)) {
            return false;
        }
        LocalDate lastEnd = terms.stream().map(Term::endsOn).max(LocalDate::compareTo).orElse(null);
        if (lastEnd == null || day.isAfter(lastEnd)) {
            return true;
        }
        return terms.stream().anyMatch(t -> !day.isBefore(t.startsOn()) && !day.isAfter(t.endsOn()));
    }

    /** The start of the first school day that starts after {@code incident}. */
    LocalDateTime dueFor(LocalDateTime incident) {
        LocalDate day = incident.toLocalDate();
        if (!incident.toLocalTime().isBefore(startsAt)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (schoolDay(day)) {
                return day.atTime(startsAt);
            }
        }
        throw new IllegalStateException("no school day within " + HORIZON_DAYS + " days");
    }
}
