package org.hearth.strategy;

/** The answer given to one question in a run, with its note. */
public record ChecklistResponse(ChecklistAnswerId id, ChecklistQuestion question, ChecklistAnswer answer,
        String note) {

    /** Partly or no: something to work on. */
    public boolean gap() {
        return answer != ChecklistAnswer.YES;
    }
}
