package org.hearth.risk;

/** An answer as given, with the exact question text of the version it was answered against. */
public record AnsweredQuestion(Question question, Answer answer, String notes) {
}
