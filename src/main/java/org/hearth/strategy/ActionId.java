package org.hearth.strategy;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record ActionId(UUID value) implements TypedId {
    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
