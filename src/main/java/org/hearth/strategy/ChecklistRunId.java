package org.hearth.strategy;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record ChecklistRunId(UUID value) implements TypedId {
    public ChecklistRunId {
        Objects.requireNonNull(value, "value");
    }

    public static ChecklistRunId random() {
        return new ChecklistRunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
