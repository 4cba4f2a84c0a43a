package org.hearth.strategy;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record ChecklistAnswerId(UUID value) implements TypedId {
    public ChecklistAnswerId {
        Objects.requireNonNull(value, "value");
    }

    public static ChecklistAnswerId random() {
        return new ChecklistAnswerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
