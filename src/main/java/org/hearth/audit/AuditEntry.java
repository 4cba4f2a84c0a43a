package org.hearth.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One stored entry of the trail: {@code id} is the entry's own (given when it is written, never changed),
 * {@code seq} its place in the chain, 0 (with no hashes) until the appender has chained it.
 */
public record AuditEntry(long id, long seq, Instant occurredAt, UUID actorId, String actorName, AuditAction action,
        String recordType, List<String> recordIds, String reason, String sourceAddress, String prevHash,
        String hash) {
}
