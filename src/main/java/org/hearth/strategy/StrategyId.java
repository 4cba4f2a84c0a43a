package org.hearth.strategy;

import java.util.Objects;
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

    @Override
    public String toString() {
        return value.toString();
    }
}
