package org.hearth.housing;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A typed id. */
public record SanctuaryJobId(UUID value) implements TypedId {
    public SanctuaryJobId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
