package org.hearth.casework;

import java.util.UUID;

/** Identifies a Case of the casework module. */
public record CaseId(UUID value) {

    public CaseId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
