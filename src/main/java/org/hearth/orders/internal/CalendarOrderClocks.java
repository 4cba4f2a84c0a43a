package org.hearth.orders.internal;

import org.hearth.platform.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.calendar.BankHoliday;
import org.hearth.calendar.BankHolidays;
import org.hearth.orders.ClockRule;
import org.hearth.orders.OrderClocks;
import org.springframework.stereotype.Component;

/** Clocks over the partnership's calendar: the bank holidays of the anchor's year and the next. */
@Component
class CalendarOrderClocks implements OrderClocks {

    private final BankHolidays holidays;

    CalendarOrderClocks(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @Override
    public Instant due(ClockRule rule, Instant anchor) {
        int year = anchor.atZone(Dates.UK).getYear();
        Map<LocalDate, String> days = new HashMap<>();
        for (int y = year; y <= year + 1; y++) {
            for (BankHoliday h : holidays.inYear(y)) {
                days.put(h.day(), h.name());
            }
        }
        return Deadlines.due(rule, anchor, days);
    }
}
