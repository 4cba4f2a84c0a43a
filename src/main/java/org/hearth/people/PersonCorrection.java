package org.hearth.people;

import java.time.Instant;
import java.util.UUID;
import org.hearth.platform.Worded;

/**
 * A rectification of a person's record (UK GDPR Art. 16): which field, its old and new value, why and at whose
 * request. Kept in the person's own history and shown on their page; the audit trail records only that a correction
 * was made, never the values.
 */
public record PersonCorrection(UUID id, Field field, String oldValue, String newValue, String reason,
        String requestedBy, String recordedBy, Instant recordedAt) {

    /** The fields a correction may change. */
    public enum Field implements Worded {
        GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH;
    }
}
