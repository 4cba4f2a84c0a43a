package org.hearth.housing;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A typed id. */
public record RefugeProviderId(UUID value) implements TypedId {
    public RefugeProviderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
