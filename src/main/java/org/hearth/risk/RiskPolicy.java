package org.hearth.risk;

import org.hearth.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hearth.platform.InvalidInputException.Problem;

/**
 * Scoring and grading rules (configured by {@code hearth.risk.*}). Score = number of <q>yes</q> answers. A score
 * of {@code visibleHighThreshold} or more is a visible high risk. The suggested grade comes from the bands:
 * below {@code mediumFrom} standard, below {@code highFrom} medium, otherwise high (and always high for a
 * visible high risk). The assessor's final grade:
 * <ul>
 * <li>must be chosen;</li>
 * <li>must be high for a visible high risk: professional judgement can raise a grade, never lower a visible high
 * risk;</li>
 * <li>needs a written reason when it differs from the suggested grade (raising above the band or, where the
 * score is not a visible high risk, lowering below it).</li>
 * </ul>
 */
public record RiskPolicy(int visibleHighThreshold, int mediumFrom, int highFrom) {

    /** 14 or more "yes" is a visible high risk; bands 0-9 standard, 10-13 medium, 14+ high. */
    public static final RiskPolicy DEFAULT = new RiskPolicy(14, 10, 14);

    public static final int MAX_REASON = 5000;

    public RiskPolicy {
        if (visibleHighThreshold < 1 || mediumFrom < 1 || highFrom < mediumFrom) {
            throw new IllegalArgumentException("Risk thresholds must be positive, with the medium band starting at or "
                    + "below the high band: threshold " + visibleHighThreshold + ", medium from " + mediumFrom
                    + ", high from " + highFrom);
        }
    }

    public int score(Collection<Answer> answers) {
        return (int) answers.stream().filter(a -> a == Answer.YES).count();
    }

    public boolean visibleHighRisk(int score) {
        return score >= visibleHighThreshold;
    }

    public RiskGrade suggestedGrade(int score) {
        if (visibleHighRisk(score) || score >= highFrom) {
            return RiskGrade.HIGH;
        }
        return score >= mediumFrom ? RiskGrade.MEDIUM : RiskGrade.STANDARD;
    }

    /** The scores a band covers, e.g. "10 to 13". */
    public String band(RiskGrade grade) {
        return switch (grade) {
            case STANDARD -> mediumFrom == 1 ? "0" : "0 to " + (mediumFrom - 1);
            case MEDIUM -> highFrom == mediumFrom ? "none" : mediumFrom + " to " + (highFrom - 1);
            case HIGH -> Math.min(highFrom, visibleHighThreshold) + " or more";
        };
    }

    /** What is wrong with grading this score so; empty when the grade may be accepted. */
    public List<Problem> gradingProblems(int score, RiskGrade grade, String reason) {
        List<Problem> problems = new ArrayList<>();
        boolean noReason = reason == null || reason.isBlank();
        if (reason != null && reason.length() > MAX_REASON) {
            problems.add(new Problem("reason", "The reason must be " + MAX_REASON + " characters or fewer"));
        }
        if (grade == null) {
            problems.add(new Problem("grade", "Select the final risk grade"));
            return problems;
        }
        RiskGrade suggested = suggestedGrade(score);
        if (visibleHighRisk(score) && grade != RiskGrade.HIGH) {
            problems.add(new Problem("grade", "A score of " + score + " is a visible high risk (" + visibleHighThreshold
                    + " or more), so the grade must be high. Professional judgement can raise a grade but never lower "
                    + "a visible high risk"));
        } else if (grade.isAbove(suggested) && noReason) {
            problems.add(new Problem("reason", "Give your reason for grading the risk " + grade.label().toLowerCase()
                    + " when the score of " + score + " suggests " + suggested.label().toLowerCase()));
        } else if (grade.isBelow(suggested) && noReason) {
            problems.add(new Problem("reason", "Give your reason for grading the risk " + grade.label().toLowerCase()
                    + " when the score of " + score + " suggests " + suggested.label().toLowerCase()));
        }
        return problems;
    }
}
