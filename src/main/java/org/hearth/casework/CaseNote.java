package org.hearth.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated case note of one type. */
public record CaseNote(UUID id, CaseId caseId, NoteType type, LocalDate notedOn, String text, String recordedBy,
        Instant recordedAt) {
}
