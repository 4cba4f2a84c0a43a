package org.hearth.audit;

import java.time.LocalDate;

/** Filters for searching the trail; any may be null. {@code from} and {@code to} are whole days, UK time, inclusive. */
public record AuditQuery(String actorName, AuditAction action, String recordType, String recordId, LocalDate from,
        LocalDate to) {
}
