package org.hearth.casework;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a CaseService of the casework module. */
public record CaseServiceId(UUID value) implements TypedId {
    public CaseServiceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
