package org.hearth.marac;

import java.util.UUID;

/** Identifies a meeting of a MARAC. */
public record MaracMeetingId(UUID value) {

    public MaracMeetingId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MaracMeetingId random() {
        return new MaracMeetingId(UUID.randomUUID());
    }

    public static MaracMeetingId parse(String value) {
        return new MaracMeetingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
