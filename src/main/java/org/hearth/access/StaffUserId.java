package org.hearth.access;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a staff user. */
public record StaffUserId(UUID value) implements TypedId {
    public StaffUserId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffUserId random() {
        return new StaffUserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
