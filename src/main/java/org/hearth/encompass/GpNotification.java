package org.hearth.encompass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notification to a GP practice for the patient's record, as the practice's key adult reads it: the patient, their
 * part in the case (victim, or the person alleged to cause harm), what the hub or MARAC decided, whom to contact,
 * and the marking that it must not be shown in patient online access (always true).
 */
public record GpNotification(UUID id, GpPracticeId practice, String practiceName, String part, String source,
        String caseReference, String patientName, LocalDate patientDateOfBirth, LocalDate decidedOn,
        String decisions, String contact, boolean hideFromOnlineAccess, Instant createdAt, Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
