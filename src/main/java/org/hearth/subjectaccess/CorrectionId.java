package org.hearth.subjectaccess;

import java.util.UUID;

/** A proposed correction of a person's record, awaiting (or given) a second approver's decision. */
public record CorrectionId(UUID value) {

    public CorrectionId {
        java.util.Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
