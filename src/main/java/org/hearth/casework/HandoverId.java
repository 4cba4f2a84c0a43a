package org.hearth.casework;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a Handover of the casework module. */
public record HandoverId(UUID value) implements TypedId {
    public HandoverId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
