package org.hearth.access;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies an API client. */
public record ApiClientId(UUID value) implements TypedId {
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
