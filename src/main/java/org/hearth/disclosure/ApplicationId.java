package org.hearth.disclosure;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A disclosure application's id. */
public record ApplicationId(UUID value) implements TypedId {
    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
