package org.hearth.casework;

import java.time.LocalDate;
import java.time.LocalTime;

/** A row of a worker's court calendar: a case's reference and the hearing, never the person's name. */
public record CourtDate(CaseId caseId, String reference, CourtEventKind kind, LocalDate on, LocalTime time,
        String court) {
}
