package org.hearth.casework;

import java.util.UUID;

/** Identifies a CaseService of the casework module. */
public record CaseServiceId(UUID value) {

    public CaseServiceId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static CaseServiceId random() {
        return new CaseServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
