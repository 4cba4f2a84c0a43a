package org.hearth.encompass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A notification to a school, as the school sees it. The fields not configured to be sent
 * ({@code hearth.encompass.fields}) are null. {@code policeForce} is the sender.
 */
public record EncompassNotification(UUID id, SchoolId school, String schoolName, String policeForce,
        String policeReference, LocalDate incidentOn, LocalTime incidentTime, Boolean childPresent,
        String childName, LocalDate childDateOfBirth, String summary, Instant createdAt, Instant dueAt,
        Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
