package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a meeting of a MARAC. */
public record MaracMeetingId(UUID value) implements TypedId {
    public MaracMeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MaracMeetingId random() {
        return new MaracMeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
