package org.hearth.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A milestone of the criminal case: when, where, what came of it and whether the victim attended. */
public record CourtEvent(UUID id, CaseId caseId, CourtEventKind kind, LocalDate on, LocalTime time, String court,
        String details, Attendance attendance, String recordedBy) {
}
