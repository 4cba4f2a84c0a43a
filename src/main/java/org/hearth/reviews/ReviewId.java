package org.hearth.reviews;

import java.util.UUID;

/** A death review. */
public record ReviewId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
