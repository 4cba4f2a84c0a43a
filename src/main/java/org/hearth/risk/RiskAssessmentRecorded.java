package org.hearth.risk;

import org.hearth.people.PersonId;

/** Published when a risk assessment is recorded for a person, with its final grade. Carries ids only. */
public record RiskAssessmentRecorded(RiskAssessmentId assessment, PersonId person, RiskGrade grade) {
}
