package org.hearth.encompass;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A GP practice in the register. */
public record GpPracticeId(UUID value) implements TypedId {
    public GpPracticeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
