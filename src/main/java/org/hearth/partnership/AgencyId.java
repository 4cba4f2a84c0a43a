package org.hearth.partnership;

import java.util.UUID;

/** Identifies an agency. */
public record AgencyId(UUID value) implements java.io.Serializable {

    public AgencyId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
