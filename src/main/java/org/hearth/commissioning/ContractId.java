package org.hearth.commissioning;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

public record ContractId(UUID value) implements TypedId {
    public ContractId {
        Objects.requireNonNull(value, "value");
    }

    public static ContractId random() {
        return new ContractId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
