package org.hearth.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A move into refuge (and, later, out of it) recorded by another module, for the person's address history: the
 * people module hears it and keeps one entry per {@code stay}, "In refuge, via {@code service}", confidential (shown
 * only to agencies with a ground on the person), never with an address: Hearth never stores where a refuge is. The
 * event is published by the module that records the move (housing's refuge referrals) and owned here, so people
 * depends on no module above it.
 *
 * @param stay the record of the stay (a refuge referral's id): a redelivered or later event updates its one entry
 * @param service how the stay is reached, in words (housing: the referring agency and the referral's reference; the
 *        provider is not named, since housing shows it only to the referring worker and the provider)
 * @param movedOutOn null while she (or he) is still there; the move out ends the entry
 */
public record RefugeStayRecorded(PersonId person, UUID stay, String service, LocalDate movedInOn,
        LocalDate movedOutOn) {

    public RefugeStayRecorded {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(movedInOn, "movedInOn");
    }
}
