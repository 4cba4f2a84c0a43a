package org.hearth.orders;

import java.time.LocalDate;

/** A breach as entered: the module checks it (a date within the order and not in the future, a police response). */
public record NewBreach(LocalDate occurredOn, PoliceResponse policeResponse, String details) {
}
