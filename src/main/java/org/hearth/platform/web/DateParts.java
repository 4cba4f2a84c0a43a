package org.hearth.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The three boxes of a GOV.UK date input, as typed. A mutable bean so forms can bind {@code field.day},
 * {@code field.month} and {@code field.year}.
 */
public class DateParts implements java.io.Serializable {

    private String day;
    private String month;
    private String year;

    public DateParts() {
        this("", "", "");
    }

    public DateParts(String day, String month, String year) {
        this.day = day;
        this.month = month;
        this.year = year;
    }

    public static DateParts of(LocalDate date) {
        return date == null ? new DateParts()
                : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    /** The date, or empty when the parts are missing, not numbers, or not a real date. */
    public Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public String day() {
        return day;
    }

    public String month() {
        return month;
    }

    public String year() {
        return year;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
