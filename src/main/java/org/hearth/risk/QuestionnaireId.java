package org.hearth.risk;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies one version of a questionnaire. */
public record QuestionnaireId(UUID value) implements TypedId {
    public QuestionnaireId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
