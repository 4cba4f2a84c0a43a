package org.hearth.people;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies one merge of two person records (kept after an unmerge, as history). */
public record MergeId(UUID value) implements TypedId {
    public MergeId {
        Objects.requireNonNull(value, "value");
    }

    public static MergeId random() {
        return new MergeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
