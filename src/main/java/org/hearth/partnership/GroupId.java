package org.hearth.partnership;

import java.util.UUID;

/** Identifies a partnership group. */
public record GroupId(UUID value) implements java.io.Serializable {

    public GroupId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
