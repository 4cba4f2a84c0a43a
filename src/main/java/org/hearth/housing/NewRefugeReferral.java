package org.hearth.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral to a refuge provider. {@code needsNote} is free text and must hold no address: a postcode is refused,
 * street-like words need {@code notAnAddress} confirmed.
 */
public record NewRefugeReferral(RefugeProviderId provider, UUID areaId, LocalDate referredOn, int children,
        boolean olderSon, boolean disability, boolean language, boolean nrpf, String needsNote,
        boolean notAnAddress) {
}
