package org.hearth.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.hearth.access.StaffUserId;
import org.hearth.people.PersonId;

/**
 * A case: the person, the service holding it and its worker (null while in the queue), where it came from, the
 * first-contact clock (due by {@code firstContactDue}, working days from referral), engagement, and a handover
 * waiting to be accepted (or null); when closed, the day and the reason's label.
 */
public record Case(CaseId id, String reference, CaseServiceId service, String serviceName, ServiceKind kind,
        PersonId person, CaseSource source, LocalDate referredOn, String referredBy, String reason, CaseStatus status,
        StaffUserId worker, String workerName, Instant allocatedAt, LocalDate firstContactDue, Instant firstAttemptAt,
        Instant firstContactAt, Engagement engagement, Handover pendingHandover, LocalDate closedOn,
        String closureReason) {
}
