package org.hearth.partnership;

import java.util.UUID;

/** Identifies an area of the partnership. */
public record AreaId(UUID value) implements java.io.Serializable {

    public AreaId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static AreaId random() {
        return new AreaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
