package org.hearth.workforce;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies an application for the Quality Mark (and, once awarded, the award). */
public record QualityMarkApplicationId(UUID value) implements TypedId {
    public QualityMarkApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static QualityMarkApplicationId random() {
        return new QualityMarkApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
