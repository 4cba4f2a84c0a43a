package org.hearth.strategy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record ActionAreaId(UUID value) implements TypedId {
    public ActionAreaId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionAreaId random() {
        return new ActionAreaId(UUID.randomUUID());
    }

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static Optional<ActionAreaId> parse(String text) {
        return TypedId.parse(text, ActionAreaId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
