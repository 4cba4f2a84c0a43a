package org.hearth.housing;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A typed id. */
public record RefugeProviderId(UUID value) implements TypedId {
    public RefugeProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static RefugeProviderId random() {
        return new RefugeProviderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
