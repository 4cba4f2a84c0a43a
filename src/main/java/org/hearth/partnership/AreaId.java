package org.hearth.partnership;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies an area of the partnership. */
public record AreaId(UUID value) implements TypedId {
    public AreaId {
        Objects.requireNonNull(value, "value");
    }

    public static AreaId random() {
        return new AreaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
