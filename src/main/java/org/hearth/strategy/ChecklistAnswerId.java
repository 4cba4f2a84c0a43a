package org.hearth.strategy;

import java.util.Objects;
import java.util.Optional;
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

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static Optional<ChecklistAnswerId> parse(String text) {
        return TypedId.parse(text, ChecklistAnswerId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
