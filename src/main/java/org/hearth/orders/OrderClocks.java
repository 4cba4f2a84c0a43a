package org.hearth.orders;

import java.time.Instant;

/**
 * The deadline of a clock: {@link ClockRule#amount()} hours or days from the anchor, counting only the time on days
 * the rule does not leave out (bank holidays from {@code calendar.BankHolidays}), in UK time. A DVPN given at 18:00
 * on a Friday is heard by 18:00 on the Monday (Saturday counts, Sunday does not).
 */
public interface OrderClocks {

    Instant due(ClockRule rule, Instant anchor);
}
