package org.hearth.subjectaccess;

import java.util.UUID;

/** A subject access request's id. */
public record RequestId(UUID value) {

    public RequestId {
        java.util.Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
