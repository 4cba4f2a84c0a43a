package org.hearth.orders;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of a type's clocks (data): a deadline {@code amount} hours or days after the anchor, leaving out the excluded
 * days. {@code enforced}: a record whose target (the hearing) falls outside the clock is refused; otherwise the
 * clock shows as missed.
 */
public record ClockRule(Kind kind, String label, Anchor anchor, int amount, Unit unit, Set<ExcludedDay> excluded,
        boolean enforced) {

    public ClockRule {
        excluded = Set.copyOf(excluded);
    }

    /** What meets the clock. */
    public enum Kind {
        /** The hearing of the order (or of the application that follows a notice). */
        HEARING,
        /** The subject gives the police their name(s) and address. */
        NOTIFICATION
    }

    /** What the clock counts from. */
    public enum Anchor {
        MADE("the notice or order was made"),
        NOTICE("the notice was given"),
        SERVED("the order was served");

        private final String words;

        Anchor(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Unit { HOURS, DAYS }

    /** E.g. "48 hours of when the notice was given, leaving out Sundays, bank holidays, Christmas Day and Good Friday". */
    public String describeFrom() {
        String all = describe();
        int comma = all.indexOf(", leaving out");
        String from = " of when " + anchor.words();
        return comma < 0 ? all + from : all.substring(0, comma) + from + all.substring(comma);
    }

    /** E.g. "48 hours, leaving out Sundays, bank holidays, Christmas Day and Good Friday". */
    public String describe() {
        String amountWords = amount + " " + (unit == Unit.HOURS ? (amount == 1 ? "hour" : "hours")
                : (amount == 1 ? "day" : "days"));
        if (excluded.isEmpty()) {
            return amountWords;
        }
        java.util.List<String> labels = java.util.Arrays.stream(ExcludedDay.values()).filter(excluded::contains)
                .map(ExcludedDay::label).collect(Collectors.toList());
        String list = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        return amountWords + ", leaving out " + list;
    }
}
