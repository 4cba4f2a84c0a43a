package org.hearth.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/**
 * A submitted risk assessment. Never changed after submission: a correction is a new assessment.
 *
 * @param questionnaireCode with {@code questionnaireVersion} and {@code questionnaireTitle}, the exact version used
 * @param highRiskThreshold the visible-high-risk threshold in force when it was made
 * @param suggestedGrade the grade the score's band suggested
 * @param finalGrade the assessor's grade, with professional judgement
 * @param gradeReason why the assessor departed from the suggested grade, or null
 * @param referralId the referral it belongs to, or null
 */
public record RiskAssessment(RiskAssessmentId id, PersonId person, StaffUserId assessor, AgencyId agency,
        LocalDate assessedOn, Instant recordedAt, QuestionnaireId questionnaireId, String questionnaireCode,
        int questionnaireVersion, String questionnaireTitle, List<AnsweredQuestion> answers, String narrative,
        int score, int highRiskThreshold, boolean visibleHighRisk, RiskGrade suggestedGrade, RiskGrade finalGrade,
        String gradeReason, UUID referralId) {

    public RiskAssessment {
        answers = List.copyOf(answers);
    }

    /** Graded high by professional judgement: high, with a reason, while the score is below the threshold. */
    public boolean highByProfessionalJudgement() {
        return finalGrade == RiskGrade.HIGH && !visibleHighRisk && gradeReason != null && !gradeReason.isBlank();
    }

    public long count(Answer answer) {
        return answers.stream().filter(a -> a.answer() == answer).count();
    }
}
