package org.hearth.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One completion of the checklist on a date: an answer to every question, in the questions' order. */
public record ChecklistRun(ChecklistRunId id, LocalDate runOn, String by, List<ChecklistResponse> responses) {

    public ChecklistRun {
        responses = List.copyOf(responses);
    }

    public Optional<ChecklistResponse> response(ChecklistAnswerId id) {
        return responses.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public ChecklistSummary summary() {
        return ChecklistSummary.of(responses);
    }
}
