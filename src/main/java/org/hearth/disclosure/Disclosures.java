package org.hearth.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.partnership.AgencyId;

/**
 * Clare's Law applications. Methods act as the signed-in user. Everything about an application needs the
 * {@code DISCLOSURE_TEAM} role, else {@link org.springframework.security.access.AccessDeniedException}; reads of an
 * application are audited with the ids of the people on it, writes in their transaction. Bad input is refused with
 * {@link org.hearth.platform.InvalidInputException} (a message per field) and nothing is written.
 */
public interface Disclosures {

    /** Open applications, the soonest due first; closed ones after (the latest first) when {@code all}. */
    List<ApplicationSummary> list(boolean all);

    Optional<Application> find(ApplicationId id);

    /** Records a new application; its people are resolved through person matching (no duplicates). */
    Application apply(NewApplication application);

    /** Records the date a stage was reached (again: corrects it). */
    default Application recordStage(ApplicationId id, Stage stage, LocalDate on, String note) {
        return recordStage(id, stage, on, note, null);
    }

    /**
     * Records the date a stage was reached; for the risk assessment, the risk level found (standard, medium or high),
     * recorded on the application as assessed on that date. A level with any other stage is refused.
     */
    Application recordStage(ApplicationId id, Stage stage, LocalDate on, String note, RiskLevel riskLevel);

    /** The agencies holding a current grant on the subject (besides the team's own), for the checks. */
    List<HoldingAgency> holdingAgencies(ApplicationId id);

    /** Asks an agency holding a record about the subject to check it: a task in that agency's "My work". */
    Application askAgency(ApplicationId id, AgencyId agency);

    /** Records the decision forum's decision (all fields required, with the rationale). */
    Application decide(ApplicationId id, Decision decision);

    /** Records the outcome and closes the application, ending the team's access to its people. */
    Application close(ApplicationId id, Outcome outcome);

    /** The checks asked of the current user's agency (casework roles), unanswered first. */
    List<CheckTask> checksForMyAgency();

    /** Answers a check asked of the current user's agency. */
    CheckTask answerCheck(UUID check, Boolean holdsInformation, String response);

    /** Counts for applications received between two days (both included). Figures only: no person. */
    DisclosureFigures figures(LocalDate from, LocalDate to);

    /** Today in the UK. */
    LocalDate today();
}
