package org.hearth.orders.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.hearth.orders.ClockRule;
import org.hearth.orders.ExcludedDay;
import org.hearth.platform.Dates;

/**
 * The arithmetic of a clock, with the bank holidays given (day to name): hours are counted in elapsed time, in Dates.UK
 * time, only on days the rule does not leave out; a clock started on a day left out starts at the next midnight
 * that begins a counted day. Days are counted as whole days from the anchor, skipping those left out.
 */
final class Deadlines {
    private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
    /** No clock runs longer than this many days: a calendar that left out every day must not loop for ever. */
    private static final int LIMIT_DAYS = 3660;

    private Deadlines() {
    }

    static boolean excluded(LocalDate day, Set<ExcludedDay> rules, Map<LocalDate, String> bankHolidays) {
        for (ExcludedDay rule : rules) {
            boolean out = switch (rule) {
                case SUNDAY -> day.getDayOfWeek() == DayOfWeek.SUNDAY;
                case SATURDAY -> day.getDayOfWeek() == DayOfWeek.SATURDAY;
                case BANK_HOLIDAY -> bankHolidays.containsKey(day);
                case CHRISTMAS_DAY -> MonthDay.from(day).equals(CHRISTMAS);
                case GOOD_FRIDAY -> day.getDayOfWeek() == DayOfWeek.FRIDAY && bankHolidays.containsKey(day)
                        && bankHolidays.get(day).toLowerCase(java.util.Locale.ROOT).startsWith("good friday");
            };
            if (out) {
                return true;
            }
        }
        return false;
    }

    static Instant due(ClockRule rule, Instant anchor, Map<LocalDate, String> bankHolidays) {
        ZonedDateTime t = anchor.atZone(Dates.UK);
        Set<ExcludedDay> rules = rule.excluded();
        if (rule.unit() == ClockRule.Unit.DAYS) {
            int counted = 0;
            for (int i = 0; counted < rule.amount() && i < LIMIT_DAYS; i++) {
                t = t.plusDays(1);
                if (!excluded(t.toLocalDate(), rules, bankHolidays)) {
                    counted++;
                }
            }
            return t.toInstant();
        }
        Duration remaining = Duration.ofHours(rule.amount());
        for (int i = 0; i < LIMIT_DAYS; i++) {
            LocalDate day = t.toLocalDate();
            ZonedDateTime midnight = day.plusDays(1).atStartOfDay(Dates.UK);
            if (excluded(day, rules, bankHolidays)) {
                t = midnight;
                continue;
            }
            Duration left = Duration.between(t, midnight);
            if (left.compareTo(remaining) >= 0) {
                return t.plus(remaining).toInstant();
            }
            remaining = remaining.minus(left);
            t = midnight;
        }
        throw new IllegalStateException("A clock that never ends: every day is left out");
    }
}
