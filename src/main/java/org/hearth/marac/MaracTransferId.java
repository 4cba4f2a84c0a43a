package org.hearth.marac;

import java.util.UUID;

/** Identifies a transfer of a case between MARACs. */
public record MaracTransferId(UUID value) {

    public MaracTransferId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static MaracTransferId random() {
        return new MaracTransferId(UUID.randomUUID());
    }

    public static MaracTransferId parse(String value) {
        return new MaracTransferId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
