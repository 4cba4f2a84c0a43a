package org.hearth.casework;

import java.time.Instant;
import org.hearth.access.StaffUserId;

/** A reallocation to a colleague or a handover to another service, with its note, until accepted. */
public record Handover(HandoverId id, CaseId caseId, CaseServiceId fromService, StaffUserId fromWorker,
        CaseServiceId toService, String toServiceName, StaffUserId toWorker, String toWorkerName, String note,
        Instant requestedAt, Instant acceptedAt) {
}
