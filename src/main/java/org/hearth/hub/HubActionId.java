package org.hearth.hub;

import java.util.UUID;

/** An action agreed at a hub meeting. */
public record HubActionId(UUID value) {

    public static HubActionId random() {
        return new HubActionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
