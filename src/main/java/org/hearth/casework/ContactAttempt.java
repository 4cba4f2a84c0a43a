package org.hearth.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * One contact attempt, as made. {@code unsafeChannel}: the person's safe-contact rules said this channel is not
 * safe; it is recorded all the same (the record must be true) and escalated to the service's managers until one
 * acknowledges it.
 */
public record ContactAttempt(UUID id, CaseId caseId, Instant attemptedAt, ContactMethod method,
        ContactOutcome outcome, String notes, boolean unsafeChannel, Instant acknowledgedAt, String recordedBy) {
}
