package org.hearth.partnership;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies an agency. */
public record AgencyId(UUID value) implements TypedId {
    public AgencyId {
        Objects.requireNonNull(value, "value");
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
