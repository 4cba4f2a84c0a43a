package org.hearth.strategy;

import java.util.UUID;

/** Identifies a record of the strategy module. */
public record ObjectiveId(UUID value) {

    public ObjectiveId {
        java.util.Objects.requireNonNull(value);
    }

    public static ObjectiveId random() {
        return new ObjectiveId(UUID.randomUUID());
    }

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static java.util.Optional<ObjectiveId> parse(String text) {
        try {
            return text == null ? java.util.Optional.empty() : java.util.Optional.of(new ObjectiveId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
