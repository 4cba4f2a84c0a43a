package org.hearth.people;

import java.time.Instant;

/** A break-glass opening of a person's record, as coordinators review it. */
public record GlassBreak(long id, PersonId person, String personName, String userName, String agencyName,
        String reason, Instant openedAt, Instant expiresAt, String reviewedBy, Instant reviewedAt) {

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
