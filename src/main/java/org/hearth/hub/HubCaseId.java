package org.hearth.hub;

import java.util.UUID;

/** A case on a hub meeting's agenda. */
public record HubCaseId(UUID value) {

    public static HubCaseId random() {
        return new HubCaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
