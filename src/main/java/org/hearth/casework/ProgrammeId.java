package org.hearth.casework;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A perpetrator programme. */
public record ProgrammeId(UUID value) implements TypedId {
    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
