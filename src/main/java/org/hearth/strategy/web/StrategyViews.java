package org.hearth.strategy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hearth.platform.Dates;
import org.hearth.platform.web.Option;
import org.hearth.platform.web.OptionGroup;
import org.hearth.strategy.Objective;
import org.hearth.strategy.ObjectiveStatus;
import org.hearth.strategy.ProgressUpdate;
import org.hearth.strategy.Rag;
import org.hearth.strategy.StatusChange;
import org.hearth.strategy.Strategy;
import org.hearth.strategy.StrategyAction;

/**
 * How the strategy pages show a strategy, its objectives and its actions: rows of words and GOV.UK dates, so the
 * controllers only choose pages and the templates only lay rows out. Pure functions, tested on their own
 * ({@code StrategyViewsTest}).
 */
final class StrategyViews {

    private StrategyViews() {
    }

    /** A row of the strategies table. */
    record StrategyRow(String id, String title, String period, String status, String statusColour, int objectives,
            long open, long overdue) {
    }

    /** An objective as the strategy page shows it. */
    record ObjectiveRow(String id, String text, String status, String colour, String since, String movement,
            boolean moved, String prompt) {
    }

    record ThemeRow(String name, List<ObjectiveRow> objectives) {
    }

    record AreaRow(int number, String title, List<String> objectives) {
    }

    /** An action as the tables show it. */
    record ActionRow(String id, String description, String area, String owner, String due, String rag,
            String ragColour, boolean done, boolean overdue, String lastUpdate) {
    }

    /** A status in an objective's history. */
    record HistoryRow(String status, String colour, String on, String by, String note) {
    }

    /** A progress update as the action page lists it. */
    record UpdateRow(String on, String text, String by, String rag, String ragColour, boolean done) {
    }

    /** The strategy's objectives by theme, as boxes (ids objectives-UUID). */
    static List<OptionGroup> objectiveGroups(Strategy s) {
        return s.themes().stream().map(t -> new OptionGroup(t.name(),
                Option.of(t.objectives(), o -> o.id().toString(), o -> o.text()))).toList();
    }

    static String period(Strategy s) {
        return Dates.DAY.format(s.startsOn()) + " to " + Dates.DAY.format(s.endsOn());
    }

    static StrategyRow strategy(Strategy s, LocalDate today) {
        return new StrategyRow(s.id().toString(), s.title(), period(s), s.adopted() ? "Adopted" : "Draft",
                s.adopted() ? "green" : "grey", s.objectives().size(),
                s.actions().stream().filter(a -> !a.done()).count(), s.overdue(today).size());
    }

    static String adoption(Strategy s) {
        return s.adopted() ? "Adopted on " + Dates.DAY.format(s.adoptedOn()) + " by " + s.adoptedBy() : null;
    }

    static List<ThemeRow> themes(Strategy s, LocalDate since) {
        return s.themes().stream().map(t -> new ThemeRow(t.name(), t.objectives().stream()
                .map(o -> objective(s, o, since)).toList())).toList();
    }

    static List<AreaRow> areas(Strategy s) {
        return s.areas().stream().map(a -> new AreaRow(a.number(), a.title(), a.objectives().stream()
                .map(o -> s.objective(o).map(Objective::text).orElse("")).toList())).toList();
    }

    static ObjectiveRow objective(Strategy s, Objective o, LocalDate since) {
        ObjectiveStatus now = o.current().status();
        return new ObjectiveRow(o.id().toString(), o.text(), now.label(), now.colour(),
                Dates.DAY.format(o.current().on()), o.movementSince(since), o.movedSince(since), s.prompt(o.id()));
    }

    /** "Moved from X to Y on <date>", or null when the objective has had one status only. */
    static String lastMove(Objective o) {
        return o.previous() == null ? null : "Moved from " + o.previous().status().label() + " to "
                + o.current().status().label() + " on " + Dates.DAY.format(o.current().on());
    }

    /** The objective's statuses, newest first. */
    static List<HistoryRow> history(Objective o) {
        List<HistoryRow> rows = new ArrayList<>();
        for (StatusChange c : newestFirst(o.history())) {
            rows.add(new HistoryRow(c.status().label(), c.status().colour(), Dates.DAY.format(c.on()), c.by(),
                    c.note() == null ? "" : c.note()));
        }
        return rows;
    }

    static ActionRow action(Strategy s, StrategyAction a, LocalDate today) {
        String area = a.area() == null ? "Not in an action area"
                : s.area(a.area()).map(x -> x.number() + ". " + x.title()).orElse("");
        String last = a.lastUpdate() == null ? "No updates yet"
                : Dates.DAY.format(a.lastUpdate().on()) + ": " + a.lastUpdate().text();
        return new ActionRow(a.id().toString(), a.description(), area, a.ownerName(), Dates.DAY.format(a.dueOn()),
                a.rag().label(), a.rag().colour(), a.done(), a.overdue(today), last);
    }

    static List<ActionRow> actions(Strategy s, List<StrategyAction> actions, LocalDate today) {
        return actions.stream().map(a -> action(s, a, today)).toList();
    }

    /** The action's progress updates, newest first. */
    static List<UpdateRow> updates(StrategyAction a) {
        List<UpdateRow> rows = new ArrayList<>();
        for (ProgressUpdate u : newestFirst(a.progress())) {
            rows.add(new UpdateRow(Dates.DAY.format(u.on()), u.text(), u.by(), u.rag() == null ? null : u.rag().label(),
                    u.rag() == null ? null : u.rag().colour(), u.done()));
        }
        return rows;
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }

    /** The RAG choices when recording progress: first "keep it as it is". */
    static List<Option> ragChoices(StrategyAction a) {
        List<Option> rags = new ArrayList<>();
        rags.add(new Option("", "Keep it " + a.rag().label().toLowerCase(Locale.UK)));
        rags.addAll(Option.of(Rag::label, Rag.values()));
        return rags;
    }
}
