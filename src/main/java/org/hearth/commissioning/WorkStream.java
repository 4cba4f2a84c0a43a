package org.hearth.commissioning;

/**
 * A work stream the partnership commissions (IDVA service, refuge, coordination...), as data. {@code coordination}
 * marks the stream that funds the coordinator (BVPI 225 item 3); {@code safeAccommodation} the streams counted for
 * the safe accommodation duty (Domestic Abuse Act 2021, Part 4).
 */
public record WorkStream(String code, String name, boolean coordination, boolean safeAccommodation) {
}
