package org.hearth.risk;

import java.util.List;
import java.util.Optional;

/**
 * One published version of a risk identification questionnaire, e.g. {@code SAFELIVES_RIC} version 1. A
 * version never changes once published; a changed checklist is a new version.
 */
public record Questionnaire(QuestionnaireId id, String code, int version, String title, String description,
        boolean active, List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst();
    }

    /** e.g. "SafeLives DASH Risk Identification Checklist (version 1)". */
    public String label() {
        return title + " (version " + version + ")";
    }
}
