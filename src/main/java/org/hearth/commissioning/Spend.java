package org.hearth.commissioning;

import java.util.UUID;

/** Spend recorded against a stream's budget in a quarter (1 to 4) of its year, with the note that explains it. */
public record Spend(UUID id, int quarter, long pence, String note) {
}
