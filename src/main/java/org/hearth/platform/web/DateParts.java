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

    /** The three boxes {@code field.day}, {@code .month}, {@code .year} of a form read as plain fields, as typed. */
    public static DateParts ofFields(java.util.Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + ".day", ""), form.getOrDefault(field + ".month", ""),
                form.getOrDefault(field + ".year", ""));
    }

    /**
     * The date typed in the three boxes of {@code field} of a form read as plain fields: null when blank; a date that
     * is not real is an error put in {@code errors}.
     */
    public static LocalDate date(java.util.Map<String, String> form, String field,
            java.util.Map<String, String> errors) {
        return date(ofFields(form, field), field, errors);
    }

    /** The date typed in {@code parts} (which may be null): null when blank; a date not real is an error in errors. */
    public static LocalDate date(DateParts parts, String field, java.util.Map<String, String> errors) {
        if (parts == null || parts.blank()) {
            return null;
        }
        return parts.toDate().orElseGet(() -> {
            errors.put(field, "The date must be a real date, for example 27 3 2026");
            return null;
        });
    }

    /**
     * A date of a GET form's query: the three boxes {@code field.day}, {@code .month}, {@code .year}, or else a
     * {@code field} written yyyy-mm-dd (a link's), as typed.
     */
    public static DateParts ofQuery(java.util.Map<String, String> params, String field) {
        DateParts parts = ofFields(params, field);
        String iso = params.get(field);
        if (parts.blank() && iso != null && !iso.isBlank()) {
            try {
                return of(LocalDate.parse(iso.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                return new DateParts("", "", iso.strip());
            }
        }
        return parts;
    }

    /** The date as yyyy-mm-dd for a parser: null when blank, a text no parser reads when not a real date. */
    public String isoOrNull() {
        return blank() ? null : toDate().map(LocalDate::toString).orElse("not a date");
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
