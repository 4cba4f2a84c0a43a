package org.hearth.risk;

import org.hearth.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.people.PersonId;

/** The risk module's API: submitting assessments, a person's risk history, and MARAC eligibility. */
public interface RiskAssessments {

    /**
     * Scores, checks and saves an assessment, audited in the same transaction.
     *
     * @throws InvalidInputException naming every invalid field, nothing saved
     */
    RiskAssessment submit(NewRiskAssessment assessment);

    /**
     * Checks everything but the grade (questionnaire, date, every question answered, lengths): the first step
     * of a form that grades on a later page. Empty when {@link #submit} would accept these answers with a valid
     * grade.
     */
    List<InvalidInputException.Problem> answerProblems(NewRiskAssessment draft);

    Optional<RiskAssessment> find(RiskAssessmentId id);

    /** A person's assessments, newest first (by date assessed, then by time recorded). */
    List<RiskAssessment> history(PersonId person);

    /**
     * Whether a victim meets the MARAC referral criteria on {@code asOf}, each criterion explained. Only
     * assessments made on or before {@code asOf} count. See {@link MaracRules} for the exact rules.
     */
    MaracEligibility eligibility(PersonId victim, LocalDate asOf);

    /**
     * {@link #eligibility} as the current reader of the victim's record may see it: to a reader by break-glass alone
     * ({@code PersonAccess.mayViewWithoutGlass} false) without the Repeat criterion, which names her last referral to
     * MARAC ({@link MaracEligibility#withoutMaracHistory}). For the pages and API that show it; the caller has
     * checked that the reader may view the victim.
     */
    MaracEligibility eligibilityAsSeen(PersonId victim, LocalDate asOf);
}
