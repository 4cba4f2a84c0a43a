package org.hearth.strategy;

import java.util.List;

/** A theme of a strategy (e.g. Prevention) and its objectives in order. */
public record Theme(ThemeId id, String name, List<Objective> objectives) {

    public Theme {
        objectives = List.copyOf(objectives);
    }
}
