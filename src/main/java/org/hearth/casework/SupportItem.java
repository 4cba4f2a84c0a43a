package org.hearth.casework;

import java.time.Instant;
import java.util.UUID;

/** A need of the support plan with its intervention, status and outcome. */
public record SupportItem(UUID id, CaseId caseId, SupportNeed need, String intervention, SupportStatus status,
        String outcome, Instant updatedAt) {
}
