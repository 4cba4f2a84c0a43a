package org.hearth.insights;

import java.util.Objects;
import java.util.UUID;
import org.hearth.platform.TypedId;

/** Identifies a board report. */
public record BoardReportId(UUID value) implements TypedId {
    public BoardReportId {
        Objects.requireNonNull(value, "value");
    }

    public static BoardReportId random() {
        return new BoardReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
