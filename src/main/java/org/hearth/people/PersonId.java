package org.hearth.people;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a person known to the partnership. */
public record PersonId(UUID value) implements TypedId {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    /** The id in {@code text}; IllegalArgumentException when it is not a UUID. */
    public static PersonId parse(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
