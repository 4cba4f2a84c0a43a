package org.hearth.partnership;

import java.util.UUID;

/** Identifies a partnership member (a named representative on a group). */
public record MemberId(UUID value) implements java.io.Serializable {

    public MemberId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
