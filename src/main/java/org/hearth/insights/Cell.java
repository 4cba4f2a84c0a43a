package org.hearth.insights;

/**
 * One figure as it may be shown: its text, and its value only when it is shown (a suppressed figure carries no
 * value at all, so neither the API nor a chart can leak it).
 *
 * @param text what a reader sees: "12", "44.5%", "&lt;5", "[c]", "–"
 * @param value the number behind {@code text}, or null when suppressed or not applicable
 * @param status whether and why the figure is hidden
 */
public record Cell(String text, Number value, Status status) {

    /** Shown as "&lt;5": a count from 1 to 4. */
    public static final String SMALL_TEXT = "<5";
    /** Shown as "[c]": hidden so a small count cannot be worked out, or derived from a hidden count. */
    public static final String HIDDEN_TEXT = "[c]";
    /** Nothing to show (no denominator, no population). */
    public static final String NONE_TEXT = "–";

    /** Whether a figure is shown. */
    public enum Status {
        /** Shown. */
        SHOWN,
        /** A count of 1 to 4 (primary suppression), shown as "&lt;5". */
        SMALL,
        /** Hidden so that a small count cannot be recovered from a total (secondary suppression), or derived from one. */
        HIDDEN,
        /** Not applicable: no denominator or no population. */
        NONE
    }

    public static Cell shown(String text, Number value) {
        return new Cell(text, value, Status.SHOWN);
    }

    public static Cell small() {
        return new Cell(SMALL_TEXT, null, Status.SMALL);
    }

    public static Cell hidden() {
        return new Cell(HIDDEN_TEXT, null, Status.HIDDEN);
    }

    public static Cell none() {
        return new Cell(NONE_TEXT, null, Status.NONE);
    }

    public static Cell text(String text) {
        return new Cell(text, null, Status.SHOWN);
    }

    public boolean isShown() {
        return status == Status.SHOWN;
    }
}
