package org.hearth.orders;

import java.util.UUID;

/** A protective order's id. */
public record OrderId(UUID value) {

    public OrderId {
        java.util.Objects.requireNonNull(value);
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
