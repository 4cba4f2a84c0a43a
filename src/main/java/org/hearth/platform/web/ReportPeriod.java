package org.hearth.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.platform.Dates;
import org.springframework.ui.Model;

/**
 * The period of a figures page or API: from and to as yyyy-mm-dd (a page turns its date boxes into that with
 * {@link DateParts#isoOrNull()}), by default the 12 months to today, at most 10 years; errors by field.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Map<String, String> errors) {

    public static ReportPeriod parse(String fromText, String toText, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate to = date(toText, "to", errors);
        LocalDate from = date(fromText, "from", errors);
        if (to == null && !errors.containsKey("to")) {
            to = today;
        }
        if (from == null && !errors.containsKey("from") && to != null) {
            from = to.minusYears(1).plusDays(1);
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.put("from", "The start of the period must be on or before its end");
        } else if (from != null && to != null && from.plusYears(10).isBefore(to)) {
            errors.put("from", "The period can be at most 10 years");
        }
        return new ReportPeriod(from, to, errors);
    }

    /**
     * The period a figures page's query asks for ({@code from} and {@code to} as date boxes), with the boxes (the
     * default period's days where left blank) and the errors in the model for the page's form.
     */
    public static ReportPeriod ofPage(Map<String, String> params, LocalDate today, Model model) {
        DateParts from = DateParts.ofQuery(params, "from");
        DateParts to = DateParts.ofQuery(params, "to");
        ReportPeriod period = parse(from.isoOrNull(), to.isoOrNull(), today);
        model.addAttribute("from", from.blank() ? DateParts.of(period.from()) : from);
        model.addAttribute("to", to.blank() ? DateParts.of(period.to()) : to);
        model.addAttribute("errors", period.errors());
        return period;
    }

    /** The period in words, as "1 April 2025 to 31 March 2026". */
    public String words() {
        return Dates.DAY.format(from) + " to " + Dates.DAY.format(to);
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "The " + (field.equals("from") ? "start" : "end") + " of the period must be a real date");
            return null;
        }
    }
}
