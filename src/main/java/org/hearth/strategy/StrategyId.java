package org.hearth.strategy;

import java.util.UUID;

/** Identifies a record of the strategy module. */
public record StrategyId(UUID value) {

    public StrategyId {
        java.util.Objects.requireNonNull(value);
    }

    public static StrategyId random() {
        return new StrategyId(UUID.randomUUID());
    }

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static java.util.Optional<StrategyId> parse(String text) {
        try {
            return text == null ? java.util.Optional.empty() : java.util.Optional.of(new StrategyId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
