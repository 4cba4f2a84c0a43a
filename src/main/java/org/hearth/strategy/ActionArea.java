package org.hearth.strategy;

import java.util.List;

/** An action area (numbered as the strategy numbers them) and the objectives it works towards. */
public record ActionArea(ActionAreaId id, int number, String title, List<ObjectiveId> objectives) {

    public ActionArea {
        objectives = List.copyOf(objectives);
    }
}
