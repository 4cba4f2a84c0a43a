package org.hearth.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an API client. */
public record ApiClientId(UUID value) implements Serializable {

    public ApiClientId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiClientId random() {
        return new ApiClientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
