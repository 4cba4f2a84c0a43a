package org.hearth.encompass;

import java.util.UUID;

/** A GP practice in the register. */
public record GpPracticeId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
