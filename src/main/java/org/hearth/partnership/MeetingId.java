package org.hearth.partnership;

import java.util.UUID;

/** Identifies a partnership meeting. */
public record MeetingId(UUID value) implements java.io.Serializable {

    public MeetingId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
