package org.hearth.people;

import java.time.Instant;
import java.util.UUID;

/**
 * One grant of access to a person's record: the only way, apart from the hub coordinator's standing ground and a
 * break-glass reading, that anyone sees more than the locked-down stub.
 *
 * @param holderName the agency's name, or the member of staff's name and agency
 * @param expiresAt when a temporary grant lapses; null until it is ended (e.g. when the case or action closes)
 * @param approvedBy who approved it: the member of staff whose action grounds it, or the coordinator who approved
 *     a request
 * @param basis what it rests on, or null (grants migrated from the old involvement table)
 */
public record AccessGrant(UUID id, PersonId person, AccessGround ground, AccessScope scope, GrantHolder holder,
        String holderName, Instant startsAt, Instant expiresAt, String approvedBy, GrantBasis basis) {
}
