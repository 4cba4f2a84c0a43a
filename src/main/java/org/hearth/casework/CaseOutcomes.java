package org.hearth.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Outcomes at intake, review and exit (SafeLives Insights' shape: each type of abuse present, reduced or stopped;
 * feels safer; quality of life; the risk), closure with a reason, and reopening. The measures and reasons are data.
 * Reads and writes as {@link Casework}: the case's worker and its service's managers, audited with the person's id.
 * Closing ends the need-to-know the case granted (the worker's and their agency's {@code ALLOCATED} grants, and the
 * receiving agency's {@code HANDOVER} grant); reopening grants it again.
 */
public interface CaseOutcomes {

    List<OutcomeMeasure> measures();

    List<ClosureReason> closureReasons();

    /**
     * Records outcomes at a stage. Every type of abuse is answered at every stage, and the wellbeing measures at
     * review and exit; the risk always.
     *
     * @throws org.hearth.platform.InvalidInputException a message per field ({@code stage}, {@code recordedOn},
     *     {@code risk}, {@code answer-<code>}, {@code notes})
     */
    Outcome record(CaseId id, OutcomeStage stage, LocalDate on, RiskLevel risk, Map<String, OutcomeAnswer> answers,
            String notes);

    /** The case's outcomes, oldest first (audited). */
    List<Outcome> outcomes(CaseId id);

    /**
     * Closes the case. Refused without exit outcomes, unless the reason does not need them (disengaged...), and
     * while a handover waits.
     *
     * @throws org.hearth.platform.InvalidInputException {@code reason}, {@code closedOn}, {@code note}
     */
    Case close(CaseId id, String reason, LocalDate on, String note);

    /**
     * Reopens a closed case (its service's managers): back to its worker when they still work in the service, else
     * to the allocation queue. Refused when the person has another open case of that kind.
     *
     * @throws org.hearth.platform.InvalidInputException {@code reopenReason}
     */
    Case reopen(CaseId id, String reason);
}
