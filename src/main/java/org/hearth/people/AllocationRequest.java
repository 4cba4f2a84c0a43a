package org.hearth.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of staff's request to be allocated to a person their agency holds no grant for, waiting for (or
 * decided by) a hub coordinator.
 *
 * @param decision null while waiting, else {@code APPROVED} or {@code REFUSED}
 */
public record AllocationRequest(UUID id, PersonId person, String personName, String userName, String agencyName,
        Instant requestedAt, String decision, String decidedBy, Instant decidedAt) {

    public boolean waiting() {
        return decision == null;
    }
}
