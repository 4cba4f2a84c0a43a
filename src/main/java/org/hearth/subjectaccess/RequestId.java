package org.hearth.subjectaccess;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A subject access request's id. */
public record RequestId(UUID value) implements TypedId {
    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
