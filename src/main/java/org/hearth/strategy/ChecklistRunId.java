package org.hearth.strategy;

import java.util.Objects;
import java.util.Optional;
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

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static Optional<ChecklistRunId> parse(String text) {
        return TypedId.parse(text, ChecklistRunId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
