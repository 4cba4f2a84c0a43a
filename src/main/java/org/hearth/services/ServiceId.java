package org.hearth.services;

import java.util.UUID;

/** Identifies a service in the directory. */
public record ServiceId(UUID value) implements java.io.Serializable {

    public ServiceId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static ServiceId random() {
        return new ServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
