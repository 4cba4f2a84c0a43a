package org.hearth.hub;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A daily hub meeting. */
public record HubMeetingId(UUID value) implements TypedId {
    public HubMeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static HubMeetingId random() {
        return new HubMeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
