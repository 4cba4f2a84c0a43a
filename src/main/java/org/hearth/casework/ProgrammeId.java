package org.hearth.casework;

import java.util.UUID;

/** A perpetrator programme. */
public record ProgrammeId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
