package org.hearth.workforce;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a training session. */
public record TrainingSessionId(UUID value) implements TypedId {
    public TrainingSessionId {
        Objects.requireNonNull(value, "value");
    }

    public static TrainingSessionId random() {
        return new TrainingSessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
