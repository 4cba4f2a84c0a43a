package org.hearth.encompass;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** A school's (or education safeguarding team's) id in the register. */
public record SchoolId(UUID value) implements TypedId {
    public SchoolId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
