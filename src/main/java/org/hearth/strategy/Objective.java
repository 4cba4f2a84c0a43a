package org.hearth.strategy;

import org.hearth.platform.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A strategic objective under a theme, with every status it has had, oldest first. Its current status is the last;
 * movement compares the status held on a date (say, the last board report) with the current one.
 */
public record Objective(ObjectiveId id, ThemeId themeId, String theme, String text, List<StatusChange> history) {

    static final DateTimeFormatter DATE = Dates.DAY;

    public Objective {
        history = List.copyOf(history);
    }

    /** The current status (every objective is given one when added). */
    public StatusChange current() {
        return history.get(history.size() - 1);
    }

    /** The status before the current one, or null when it has had only one. */
    public StatusChange previous() {
        return history.size() < 2 ? null : history.get(history.size() - 2);
    }

    /** The status held at the end of {@code day}, or null when it had none yet. */
    public StatusChange statusOn(LocalDate day) {
        StatusChange held = null;
        for (StatusChange c : history) {
            if (!c.on().isAfter(day)) {
                held = c;
            }
        }
        return held;
    }

    /** How the status moved from the end of {@code since} to now, for the board: "Moved from X to Y since ...". */
    public String movementSince(LocalDate since) {
        StatusChange then = statusOn(since);
        ObjectiveStatus now = current().status();
        if (then == null) {
            return "New since " + DATE.format(since) + ": " + now.label();
        }
        if (then.status() == now) {
            return "No change since " + DATE.format(since);
        }
        return "Moved from " + then.status().label() + " to " + now.label() + " since " + DATE.format(since);
    }

    /** True when the status at the end of {@code since} differs from the current one (or there was none). */
    public boolean movedSince(LocalDate since) {
        StatusChange then = statusOn(since);
        return then == null || then.status() != current().status();
    }
}
