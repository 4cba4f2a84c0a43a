package org.hearth.risk;

import java.util.List;
import java.util.Optional;

/** The questionnaire versions Hearth holds. */
public interface Questionnaires {

    /** The versions offered for new assessments, by title. */
    List<Questionnaire> active();

    /** One exact version, active or not. */
    Optional<Questionnaire> find(String code, int version);

    /** The newest active version of a questionnaire. */
    Optional<Questionnaire> latest(String code);
}
