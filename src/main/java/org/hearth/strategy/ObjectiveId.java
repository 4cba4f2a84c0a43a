package org.hearth.strategy;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record ObjectiveId(UUID value) implements TypedId {
    public ObjectiveId {
        Objects.requireNonNull(value, "value");
    }

    public static ObjectiveId random() {
        return new ObjectiveId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
