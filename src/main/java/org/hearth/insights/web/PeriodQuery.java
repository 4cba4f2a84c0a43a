package org.hearth.insights.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.partnership.Area;

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
