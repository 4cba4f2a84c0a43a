package org.hearth.risk;

import java.util.List;

/**
 * An assessment that cannot be accepted, with every problem found. Field names: {@code questionnaire},
 * {@code assessedOn}, {@code answers.N} (question N), {@code notes.N}, {@code narrative}, {@code grade},
 * {@code reason}, {@code referralId}. Messages name no person.
 */
public class InvalidRiskAssessmentException extends RuntimeException {

    /** One invalid field and what to do about it. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidRiskAssessmentException(List<Problem> problems) {
        super("Invalid risk assessment: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
