package org.hearth.housing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;

/** Reading what was typed into the housing pages' forms (posted as plain fields). */
final class HousingForms {

    private HousingForms() {
    }

    /** The constant named, or null for blank or unknown (the module then names the field). */
    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return FormErrors.constant(type, value);
    }

    static <T> T id(String text, Function<UUID, T> make) {
        return text == null || text.isBlank() ? null : FormErrors.id(text, make);
    }

    static boolean yes(Map<String, String> form, String field) {
        return "true".equals(form.get(field));
    }

    /** A whole number from {@code min} to {@code max}; blank is {@code blank}; else an error here. */
    static int integer(Map<String, String> form, String field, int blank, int min, int max, String message,
            Map<String, String> errors) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return blank;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.put(field, message);
        return blank;
    }

    /** Pounds and pence ("245", "245.50", "£1,200") as pence; null when blank; else an error here. */
    static Long pence(Map<String, String> form, String field, Map<String, String> errors) {
        String text = form.getOrDefault(field, "").strip().replace("£", "").replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches("^\\d{1,6}(\\.\\d{1,2})?$")) {
                return new BigDecimal(text).movePointRight(2).longValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // below
        }
        errors.put(field, "Enter the cost in pounds, like 245.50");
        return null;
    }

    /** The date boxes of these fields as typed, for the page. */
    static Map<String, DateParts> dates(Map<String, String> form, String... fields) {
        Map<String, DateParts> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, DateParts.ofFields(form, f));
        }
        return out;
    }

    /** A new referral form's values: referred today. */
    static Map<String, String> referredToday(LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("referredOn.day", String.valueOf(today.getDayOfMonth()));
        values.put("referredOn.month", String.valueOf(today.getMonthValue()));
        values.put("referredOn.year", String.valueOf(today.getYear()));
        return values;
    }
}
