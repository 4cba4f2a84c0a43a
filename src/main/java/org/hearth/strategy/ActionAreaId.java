package org.hearth.strategy;

import java.util.Objects;
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

    @Override
    public String toString() {
        return value.toString();
    }
}
