package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies an action agreed at a MARAC meeting. */
public record MaracActionId(UUID value) implements TypedId {
    public MaracActionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
