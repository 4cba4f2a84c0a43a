package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a transfer of a case between MARACs. */
public record MaracTransferId(UUID value) implements TypedId {
    public MaracTransferId {
        Objects.requireNonNull(value, "value");
    }

    public static MaracTransferId random() {
        return new MaracTransferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
