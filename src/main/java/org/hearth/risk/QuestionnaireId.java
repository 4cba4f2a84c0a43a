package org.hearth.risk;

import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a questionnaire. */
public record QuestionnaireId(UUID value) implements java.io.Serializable {

    public QuestionnaireId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
