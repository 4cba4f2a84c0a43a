package org.hearth.hub;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A case on a hub meeting's agenda. */
public record HubCaseId(UUID value) implements TypedId {
    public HubCaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
