package org.hearth.subjectaccess;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A proposed correction of a person's record, awaiting (or given) a second approver's decision. */
public record CorrectionId(UUID value) implements TypedId {
    public CorrectionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
