package org.hearth.housing;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A typed id. */
public record SanctuaryId(UUID value) implements TypedId {
    public SanctuaryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
