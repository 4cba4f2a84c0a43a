package org.hearth.casework;

import java.time.LocalDate;

/** One line of a case's chronology: when, what kind of record, and what happened. */
public record ChronologyEntry(LocalDate on, String kind, String text) {
}
