package org.hearth.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as GOV.UK writes them, the one style everywhere: "14 March 1988", "9:30am", "midday", and
 * "14 March 1988 at 9:30am" in UK time. Templates use it as {@code @dates}.
 */
@Component("dates")
public class Dates {

    /** The partnership works, and its times are shown, in the UK. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "14 March 1988"; empty for none. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "9:30am", "9am", "midday", "midnight". */
    public static String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        if (time.getMinute() == 0 && (time.getHour() == 0 || time.getHour() == 12)) {
            return time.getHour() == 0 ? "midnight" : "midday";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + (time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute()))
                + (time.getHour() < 12 ? "am" : "pm");
    }

    /** "14 March 1988 at 9:30am", in UK time; empty for none. */
    public static String dayAndTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime uk = instant.atZone(UK);
        return day(uk.toLocalDate()) + " at " + time(uk.toLocalTime());
    }

    // the same, as bean methods for templates (SpEL calls them on @dates)

    public String formatDay(LocalDate date) {
        return day(date);
    }

    public String formatTime(LocalTime time) {
        return time(time);
    }

    public String formatDayAndTime(Instant instant) {
        return dayAndTime(instant);
    }
}
