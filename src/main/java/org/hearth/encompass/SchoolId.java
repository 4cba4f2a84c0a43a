package org.hearth.encompass;

import java.util.UUID;

/** A school's (or education safeguarding team's) id in the register. */
public record SchoolId(UUID value) {

    public SchoolId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
