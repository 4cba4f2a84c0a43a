package org.hearth.risk;

import java.time.LocalDate;
import org.hearth.people.PersonId;

/** A person's latest assessment in brief, for lists such as the triage queue. */
public record RiskSummary(PersonId person, LocalDate assessedOn, int score, boolean visibleHighRisk,
        RiskGrade finalGrade) {
}
