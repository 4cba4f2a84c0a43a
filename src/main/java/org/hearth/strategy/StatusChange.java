package org.hearth.strategy;

import java.time.LocalDate;

/** One status recorded for an objective: what, on which date, by whom, and why. */
public record StatusChange(ObjectiveStatus status, LocalDate on, String by, String note) {
}
