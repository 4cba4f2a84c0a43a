package org.hearth.subjectaccess;

import java.time.Instant;
import org.hearth.people.PersonCorrection;
import org.hearth.platform.Worded;

/**
 * A correction of a person's record (rectification, UK GDPR Art. 16) proposed by one information governance officer:
 * it changes the record only when a second officer of the same agency approves it (four eyes, never the proposer).
 * Keeps the value before (when proposed) and after, why and at whose request, and the decision.
 *
 * @param decision null while it awaits a second approver
 */
public record ProposedCorrection(CorrectionId id, RequestId request, String requestReference,
        PersonCorrection.Field field, String oldValue, String newValue, String reason, String requestedBy,
        java.util.UUID proposedBy, String proposedByName, Instant proposedAt, Decision decision,
        String decidedByName, Instant decidedAt, String decisionReason) {

    public boolean pending() {
        return decision == null;
    }

    /** The second approver's decision. */
    public enum Decision implements Worded {
        APPROVED, REJECTED;
    }
}
