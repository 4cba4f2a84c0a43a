package org.hearth.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A role given by an administrator that waits for a second person's approval (four eyes), or the record of
 * that decision. {@code decision} is null while pending, else {@code APPROVED} or {@code REFUSED}.
 */
public record RoleGrant(UUID id, StaffUserId user, String userName, Role role, String reason, UUID requestedBy,
        String requestedByName, Instant requestedAt, String decision, String decidedByName, Instant decidedAt) {

    public boolean pending() {
        return decision == null;
    }
}
