package org.hearth.people;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person known to the partnership. */
public record PersonId(UUID value) implements Serializable {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId parse(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
