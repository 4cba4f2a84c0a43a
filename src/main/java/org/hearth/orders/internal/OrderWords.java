package org.hearth.orders.internal;

import org.hearth.platform.Dates;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hearth.orders.ClockRule;
import org.hearth.orders.OrderType;

/** The wording the orders' messages and audit reasons share: no rule and no access decision here. */
final class OrderWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy",
            Locale.UK);

    private OrderWords() {
    }

    /** "14:00 on Monday 7 December 2026", in the UK. */
    static String time(Instant instant) {
        return TIME.format(instant.atZone(Dates.UK));
    }

    /** "a DVPO", "a non-molestation order", "bail conditions". */
    static String articled(OrderType type) {
        String name = type.shortName();
        boolean acronym = name.equals(name.toUpperCase(Locale.UK));
        String words = acronym ? name : lowerFirst(name);
        return words.endsWith("s") && !acronym ? words : "a " + words;
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** "A", "A or B", "A, B or C". */
    static String words(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** What meets a clock of the kind: "the hearing", "the subject's notification". */
    static String kindWords(ClockRule.Kind kind) {
        return kind == ClockRule.Kind.HEARING ? "the hearing" : "the subject's notification";
    }

    /** "1 day", "14 days". */
    static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    /** The audit reason of a clock added or changed: what it now counts. */
    static String clockChange(ClockRule clock, boolean adding) {
        String[] excluded = OrderStore.excluded(clock);
        return (adding ? "clock added: " : "clock changed: ") + clock.kind() + " " + clock.amount() + " "
                + clock.unit() + " from " + clock.anchor()
                + (excluded.length == 0 ? "" : ", leaving out " + String.join(" ", excluded))
                + (clock.enforced() ? ", enforced" : "");
    }

    /** The audit reason of a length changed: before and after. */
    static String lengthChange(OrderType before, OrderType after) {
        return "length changed: " + before.lengthWords() + ", warned " + before.warningDays()
                + " days before the end; now " + after.lengthWords() + ", warned " + after.warningDays()
                + " days before the end";
    }
}
