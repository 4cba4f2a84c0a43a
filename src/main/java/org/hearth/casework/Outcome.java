package org.hearth.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Outcomes recorded at a stage of the case: the risk as the worker sees it and an answer per measure code. */
public record Outcome(UUID id, CaseId caseId, OutcomeStage stage, LocalDate recordedOn, RiskLevel risk,
        Map<String, OutcomeAnswer> answers, String notes, String recordedBy, Instant recordedAt) {

    public Outcome {
        answers = Map.copyOf(answers);
    }
}
