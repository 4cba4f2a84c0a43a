package org.hearth.insights.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.partnership.Area;
import org.hearth.platform.web.DateParts;

/**
 * A period and area as typed into the dashboard's filter or the API's query (from, to: yyyy-mm-dd; area: an area's
 * id or blank for the whole partnership), checked: the values, or errors by field. Default: the 12 months to today.
 */
record PeriodQuery(LocalDate from, LocalDate to, UUID area, Map<String, String> errors) {

    static PeriodQuery parse(String fromText, String toText, String areaText, LocalDate today,
            java.util.List<Area> areas) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate to = date(toText, "to", "end", errors);
        LocalDate from = date(fromText, "from", "start", errors);
        if (!errors.containsKey("to") && to == null) {
            to = today;
        }
        if (!errors.containsKey("from") && from == null && to != null) {
            from = to.minusMonths(12).plusDays(1);
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.put("from", "The start of the period must be on or before its end");
        } else if (from != null && to != null && from.plusYears(10).isBefore(to)) {
            errors.put("from", "The period can be at most 10 years");
        }
        UUID area = null;
        if (areaText != null && !areaText.isBlank()) {
            try {
                UUID id = UUID.fromString(areaText.trim());
                if (areas.stream().anyMatch(a -> a.id().value().equals(id))) {
                    area = id;
                } else {
                    errors.put("area", "Choose an area of the partnership");
                }
            } catch (IllegalArgumentException e) {
                errors.put("area", "Choose an area of the partnership");
            }
        }
        return new PeriodQuery(from, to, area, errors);
    }

    /**
     * What was typed for a date: the day, month and year boxes ({@code field.day} and so on) when any is filled, as
     * yyyy-mm-dd (or as typed, to be refused, when not a real date); else the yyyy-mm-dd parameter itself, as links
     * and the API send it.
     */
    static String typed(String iso, Map<String, String> query, String field) {
        DateParts parts = boxes(query, field);
        if (parts.blank()) {
            return iso;
        }
        return parts.toDate().map(LocalDate::toString)
                .orElse(parts.getYear() + "-" + parts.getMonth() + "-" + parts.getDay());
    }

    /** The boxes as typed (blank when none were sent). */
    static DateParts boxes(Map<String, String> query, String field) {
        return new DateParts(query.getOrDefault(field + ".day", ""), query.getOrDefault(field + ".month", ""),
                query.getOrDefault(field + ".year", ""));
    }

    /** What the boxes show: as typed, else the date in force, else what the yyyy-mm-dd parameter says. */
    static DateParts shown(Map<String, String> query, String field, LocalDate value, String iso) {
        DateParts typed = boxes(query, field);
        if (!typed.blank()) {
            return typed;
        }
        if (value != null) {
            return DateParts.of(value);
        }
        try {
            return iso == null || iso.isBlank() ? new DateParts() : DateParts.of(LocalDate.parse(iso.trim()));
        } catch (DateTimeParseException e) {
            return new DateParts();
        }
    }

    private static LocalDate date(String text, String field, String which, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (d.getYear() < 1900 || d.getYear() > 2999) {
                errors.put(field, "The " + which + " of the period must be a real date");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, "The " + which + " of the period must be a real date");
            return null;
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
