package org.hearth.disclosure;

import java.util.UUID;

/** A disclosure application's id. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        java.util.Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
