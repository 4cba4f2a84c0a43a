package org.hearth.casework;

import java.time.Instant;
import java.util.UUID;
import org.hearth.risk.RiskAssessmentId;

/** A DASH the case asked for at a stage, and the assessment recorded for it (null until one is). */
public record RiskReview(UUID id, CaseId caseId, RiskStage stage, Instant requestedAt, RiskAssessmentId assessment) {
}
