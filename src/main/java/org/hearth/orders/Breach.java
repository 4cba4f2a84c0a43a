package org.hearth.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A breach of an order: when it happened, what the police did, and who recorded it. */
public record Breach(UUID id, LocalDate occurredOn, PoliceResponse policeResponse, String details,
        String recordedByName, Instant recordedAt) {
}
