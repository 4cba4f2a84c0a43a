package org.hearth.strategy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a record of the strategy module. */
public record StrategyId(UUID value) implements TypedId {
    public StrategyId {
        Objects.requireNonNull(value, "value");
    }

    public static StrategyId random() {
        return new StrategyId(UUID.randomUUID());
    }

    /** The id in {@code text}, or empty when it is not a UUID. */
    public static Optional<StrategyId> parse(String text) {
        return TypedId.parse(text, StrategyId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
