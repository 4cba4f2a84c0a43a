package org.hearth.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hearth.insights.Dimension;
import org.hearth.insights.internal.IndicatorQueries.Equality;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.Sex;

/** The category a victim falls in for each split, and the order categories are listed in. */
final class Categories {

    static final String NOT_RECORDED = "Not recorded";
    static final List<String> AGE_BANDS = List.of("Under 16", "16-17", "18-24", "25-34", "35-44", "45-54", "55-64",
            "65 and over", NOT_RECORDED);

    private Categories() {
    }

    static String of(Dimension dimension, UUID area, Equality e, Map<UUID, String> areaNames) {
        return switch (dimension) {
            case AREA -> area == null ? NOT_RECORDED : areaNames.getOrDefault(area, NOT_RECORDED);
            case ETHNICITY -> label(e.ethnicity(), Ethnicity.class);
            case FIRST_LANGUAGE -> text(e.firstLanguage());
            case AGE_BAND -> ageBand(e.age());
            case SEX -> label(e.sex(), Sex.class);
            case DISABILITY -> label(e.disability(), Disability.class);
            case SEXUAL_ORIENTATION -> text(e.sexualOrientation());
        };
    }

    static String ageBand(Integer age) {
        if (age == null) {
            return NOT_RECORDED;
        }
        if (age < 16) {
            return "Under 16";
        }
        if (age < 18) {
            return "16-17";
        }
        if (age < 25) {
            return "18-24";
        }
        if (age >= 65) {
            return "65 and over";
        }
        int low = (age - 5) / 10 * 10 + 5;
        return low + "-" + (low + 9);
    }

    /** The categories present, in a stable order: the enum's (or the areas', or the bands') order, then the rest. */
    static List<String> ordered(Dimension dimension, java.util.Collection<String> present, List<String> areaOrder) {
        List<String> order = switch (dimension) {
            case AREA -> areaOrder;
            case ETHNICITY -> labels(Ethnicity.values());
            case AGE_BAND -> AGE_BANDS;
            case SEX -> labels(Sex.values());
            case DISABILITY -> labels(Disability.values());
            case FIRST_LANGUAGE, SEXUAL_ORIENTATION -> List.of();
        };
        List<String> result = new ArrayList<>();
        order.stream().filter(present::contains).forEach(result::add);
        present.stream().filter(c -> !result.contains(c) && !c.equals(NOT_RECORDED)).sorted(Comparator.naturalOrder())
                .forEach(result::add);
        if (present.contains(NOT_RECORDED) && !result.contains(NOT_RECORDED)) {
            result.add(NOT_RECORDED);
        }
        return result;
    }

    private static List<String> labels(Enum<?>[] values) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> v : values) {
            labels.add(labelOf(v));
        }
        return labels;
    }

    private static String labelOf(Enum<?> v) {
        if (v instanceof Ethnicity e) {
            return e.label();
        }
        if (v instanceof Sex s) {
            return s.label();
        }
        if (v instanceof Disability d) {
            return d.label();
        }
        return v.name();
    }

    /** Labels already worked out, by type and code (or free text): the same few values recur in every report. */
    private static final java.util.Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_LABELS = 10_000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String remembered(String key, java.util.function.Supplier<String> label) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        String worked = label.get();
        if (LABELS.size() < MAX_LABELS) {
            LABELS.put(key, worked);
        }
        return worked;
    }

    private static <E extends Enum<E>> String label(String code, Class<E> type) {
        if (code == null || code.isBlank()) {
            return NOT_RECORDED;
        }
        return remembered(type.getSimpleName() + ':' + code, () -> enumLabel(code, type));
    }

    private static <E extends Enum<E>> String enumLabel(String code, Class<E> type) {
        try {
            return labelOf(Enum.valueOf(type, code.trim()));
        } catch (IllegalArgumentException unknown) {
            return text(code);
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return NOT_RECORDED;
        }
        return remembered("text:" + value, () -> capitalised(value));
    }

    private static String capitalised(String value) {
        String t = SPACES.matcher(value.trim()).replaceAll(" ");
        return t.substring(0, 1).toUpperCase(Locale.UK) + t.substring(1).toLowerCase(Locale.UK);
    }
}
