package org.hearth.marac;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a partner MARAC (its imported public key). */
public record MaracPartnerId(UUID value) implements TypedId {
    public MaracPartnerId {
        Objects.requireNonNull(value, "value");
    }

    public static MaracPartnerId random() {
        return new MaracPartnerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
