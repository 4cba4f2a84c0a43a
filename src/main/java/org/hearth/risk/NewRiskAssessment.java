package org.hearth.risk;

import org.hearth.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/**
 * An assessment to submit, as entered. Answers by question number; values are checked by
 * {@link RiskAssessments#submit}, which names each invalid field (see {@link InvalidInputException}).
 *
 * @param answers question number to answer; every question must be answered, {@link Answer#NOT_ASKED} when
 *                the question was not asked
 * @param notes question number to optional notes
 * @param grade the final grade, or null when not chosen
 */
public record NewRiskAssessment(PersonId person, StaffUserId assessor, AgencyId agency, String questionnaireCode,
        int questionnaireVersion, LocalDate assessedOn, Map<Integer, Answer> answers, Map<Integer, String> notes,
        String narrative, RiskGrade grade, String gradeReason, UUID referralId) {

    public NewRiskAssessment {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }
}
