package org.hearth.strategy.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.platform.DateRules;
import org.hearth.platform.InvalidInputException;
import org.hearth.strategy.ObjectiveId;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;
import org.hearth.strategy.StrategyPlans.NewAction;
import org.hearth.strategy.Theme;
import org.hearth.strategy.ThemeId;

/**
 * The rules of a strategy, with no database: what a strategy, its adoption, a theme, an objective and its status, an
 * action area, an action and a progress update must say. Each returns the field errors found and the cleaned text
 * where there is one; {@link JdbcStrategyPlans} applies them; unit-tested by {@code StrategyPlanRulesTest}.
 */
final class StrategyPlanRules {

    static final int TEXT = 2000;
    static final int NAME = 200;

    private StrategyPlanRules() {
    }

    /** Field errors, and the values cleaned. */
    static final class Checked {

        final Map<String, String> errors = new LinkedHashMap<>();

        /** Refuses the input if any field was wrong. */
        void fail() {
            InvalidInputException.refuseIfAny(errors);
        }

        /** A required text of at most {@code most} characters, trimmed; null (with its error) otherwise. */
        String text(String field, String value, int most, String required, String label) {
            if (value == null || value.isBlank()) {
                errors.put(field, required);
                return null;
            }
            if (value.trim().length() > most) {
                errors.put(field, label + " must be " + most + " characters or fewer");
                return null;
            }
            return value.trim();
        }
    }

    static Checked strategy(String title, LocalDate startsOn, LocalDate endsOn) {
        Checked c = new Checked();
        c.text("title", title, NAME, "Enter the strategy's title", "Title");
        if (startsOn == null) {
            c.errors.put("startsOn", "Enter the date the strategy starts");
        }
        if (endsOn == null) {
            c.errors.put("endsOn", "Enter the date the strategy ends");
        } else if (startsOn != null && !endsOn.isAfter(startsOn)) {
            c.errors.put("endsOn", "The end date must be after the start date");
        }
        return c;
    }

    static Checked adoption(Strategy s, LocalDate adoptedOn, String adoptedBy, LocalDate today) {
        Checked c = new Checked();
        if (s.adopted()) {
            c.errors.put("adoptedOn", "This strategy has already been adopted");
        }
        DateRules.past(c.errors, "adoptedOn", adoptedOn, today, "Enter the date the board adopted the strategy",
                "The date adopted must be today or in the past");
        c.text("adoptedBy", adoptedBy, NAME, "Enter who adopted it, for example the partnership board",
                "Who adopted it");
        return c;
    }

    static Checked theme(Strategy s, String name) {
        Checked c = new Checked();
        String n = c.text("name", name, NAME, "Enter the theme's name", "Name");
        if (n != null && s.themes().stream().anyMatch(t -> t.name().equalsIgnoreCase(n))) {
            c.errors.put("name", "This strategy already has a theme called " + n);
        }
        return c;
    }

    /** The theme an objective goes under, if it is the strategy's. */
    static Optional<Theme> themeOf(Strategy s, ThemeId theme) {
        return theme == null ? Optional.empty() : s.themes().stream().filter(x -> x.id().equals(theme)).findFirst();
    }

    static Checked objective(Strategy s, ThemeId theme, String text, ObjectiveStatus status, LocalDate on,
            String note, LocalDate today) {
        Checked c = new Checked();
        if (themeOf(s, theme).isEmpty()) {
            c.errors.put("theme", "Select the theme the objective is under");
        }
        c.text("text", text, TEXT, "Enter the objective", "The objective");
        status(c, status, on, note, today);
        return c;
    }

    static Checked status(ObjectiveStatus status, LocalDate on, String note, LocalDate today) {
        Checked c = new Checked();
        status(c, status, on, note, today);
        return c;
    }

    private static void status(Checked c, ObjectiveStatus status, LocalDate on, String note, LocalDate today) {
        if (on == null) {
            c.errors.put("on", "Enter the date of this status");
        }
        if (status == null) {
            c.errors.put("status", "Select the objective's current performance");
        }
        if (on != null && on.isAfter(today)) {
            c.errors.put("on", "The date must be today or in the past");
        }
        if (note != null && note.length() > TEXT) {
            c.errors.put("note", "The note must be " + TEXT + " characters or fewer");
        }
    }

    static Checked area(Strategy s, String title, List<ObjectiveId> chosen) {
        Checked c = new Checked();
        c.text("title", title, NAME, "Enter the action area's title", "Title");
        if (chosen.isEmpty()) {
            c.errors.put("objectives", "Select the objectives this action area works towards");
        } else if (chosen.stream().anyMatch(o -> s.objective(o).isEmpty())) {
            c.errors.put("objectives", "Select objectives of this strategy");
        }
        return c;
    }

    /** An action: {@code ownerActive} whether the owner is an active agency, {@code answerKnown} the answer exists. */
    static Checked action(Strategy s, NewAction a, boolean ownerActive, boolean answerKnown) {
        Checked c = new Checked();
        if (a.area() != null && s.area(a.area()).isEmpty()) {
            c.errors.put("area", "Select an action area of this strategy");
        }
        c.text("description", a.description(), TEXT, "Enter what is to be done", "The action");
        if (a.owner() == null || !ownerActive) {
            c.errors.put("owner", "Select the partnership agency that owns the action");
        }
        if (a.dueOn() == null) {
            c.errors.put("dueOn", "Enter the date the action is due");
        }
        if (a.rag() == null) {
            c.errors.put("rag", "Select the action's RAG status");
        }
        if (a.fromAnswer() != null && !answerKnown) {
            c.errors.put("fromAnswer", "There is no such checklist answer");
        }
        return c;
    }

    static Checked progress(StrategyAction a, LocalDate on, String text, LocalDate today) {
        Checked c = new Checked();
        if (a.done()) {
            c.errors.put("text", "This action was marked done; it takes no more updates");
        }
        c.text("text", text, TEXT, "Enter the progress made", "The update");
        DateRules.past(c.errors, "on", on, today, "Enter the date of the update",
                "The date must be today or in the past");
        return c;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
