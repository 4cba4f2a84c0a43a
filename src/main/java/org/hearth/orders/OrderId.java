package org.hearth.orders;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A protective order's id. */
public record OrderId(UUID value) implements TypedId {
    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
