package org.hearth.marac;

import java.util.UUID;

/** Identifies a partner MARAC (its imported public key). */
public record MaracPartnerId(UUID value) {

    public MaracPartnerId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MaracPartnerId random() {
        return new MaracPartnerId(UUID.randomUUID());
    }

    public static MaracPartnerId parse(String value) {
        return new MaracPartnerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
