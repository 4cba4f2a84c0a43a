package org.hearth.services;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a service in the directory. */
public record ServiceId(UUID value) implements TypedId {
    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    public static ServiceId random() {
        return new ServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
