package org.hearth.marac;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting of a MARAC; {@code publishedAt} is null until its agenda is published. */
public record Meeting(MaracMeetingId id, MaracId marac, LocalDate meetsOn, Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
