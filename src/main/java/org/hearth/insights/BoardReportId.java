package org.hearth.insights;

import java.util.UUID;

/** Identifies a board report. */
public record BoardReportId(UUID value) {

    public BoardReportId {
        java.util.Objects.requireNonNull(value);
    }

    public static BoardReportId random() {
        return new BoardReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
