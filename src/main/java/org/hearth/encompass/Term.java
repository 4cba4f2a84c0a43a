package org.hearth.encompass;

import java.time.LocalDate;

/** A term: the first and last day the school is open, both included. */
public record Term(LocalDate startsOn, LocalDate endsOn) {
}
