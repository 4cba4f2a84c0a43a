package org.hearth.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored entry of the trail. */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorName, AuditAction action,
        String recordType, List<String> recordIds, String reason, String sourceAddress, String prevHash,
        String hash) {
}
