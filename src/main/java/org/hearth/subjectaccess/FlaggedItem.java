package org.hearth.subjectaccess;

import org.hearth.people.PersonDataSection.Kind;
import org.hearth.platform.Worded;

/**
 * An item of the output flagged for review, with its value (for the officer's review page only, never in the
 * output unless released), and the review if there is one.
 *
 * @param number its number in the output ("item 3")
 * @param decision null until reviewed
 */
public record FlaggedItem(int number, String key, String section, String heading, String label, String value,
        Kind kind, Decision decision, String reason, String reviewedBy) {

    public boolean reviewed() {
        return decision != null;
    }

    /** A reviewer's decision on a flagged item. */
    public enum Decision implements Worded {
        RELEASE, KEEP_REDACTED;
    }
}
