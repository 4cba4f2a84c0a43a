package org.hearth.marac;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter (January to March is the first), the period of a SafeLives MARAC data return. Written
 * "2026-Q3" in URLs.
 */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("No such quarter");
        }
    }

    /** Parses "2026-Q3". */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("A quarter is written like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate from() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    /** "1 July 2026 to 30 September 2026". */
    public String label() {
        return DAY.format(from()) + " to " + DAY.format(to());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
