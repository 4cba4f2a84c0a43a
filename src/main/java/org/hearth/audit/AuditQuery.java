package org.hearth.audit;

import java.time.LocalDate;

/** Filters for searching the trail; any may be null. */
public record AuditQuery(String actorName, AuditAction action, String recordType, String recordId, LocalDate from,
        LocalDate to) {
}
