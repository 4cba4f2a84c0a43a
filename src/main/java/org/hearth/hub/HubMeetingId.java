package org.hearth.hub;

import java.util.UUID;

/** A daily hub meeting. */
public record HubMeetingId(UUID value) {

    public static HubMeetingId random() {
        return new HubMeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
