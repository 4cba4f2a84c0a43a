package org.hearth.risk;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a risk assessment. */
public record RiskAssessmentId(UUID value) implements TypedId {
    public RiskAssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskAssessmentId random() {
        return new RiskAssessmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
