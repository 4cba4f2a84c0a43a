package org.hearth.casework;

import java.time.LocalDate;
import java.util.UUID;

/** A special measure asked for the victim, and the court's decision (null while requested). */
public record SpecialMeasureRequest(UUID id, CaseId caseId, SpecialMeasure measure, MeasureStatus status,
        LocalDate requestedOn, LocalDate decidedOn) {
}
