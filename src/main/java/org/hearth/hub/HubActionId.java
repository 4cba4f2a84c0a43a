package org.hearth.hub;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** An action agreed at a hub meeting. */
public record HubActionId(UUID value) implements TypedId {
    public HubActionId {
        Objects.requireNonNull(value, "value");
    }

    public static HubActionId random() {
        return new HubActionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
