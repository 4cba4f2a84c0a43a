package org.hearth.reviews;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A death review. */
public record ReviewId(UUID value) implements TypedId {
    public ReviewId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
