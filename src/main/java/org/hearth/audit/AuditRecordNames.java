package org.hearth.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SPI: the words the audit trail page shows for a record instead of its id (a referral's number, a user's name).
 * Each module that owns records implements it as a bean; the audit module knows none of them.
 *
 * <p>Called as the signed-in user. An implementation returns an entry only for the ids it holds a record of, and
 * applies need-to-know itself: a person's name only to a user who may read that person's record (else words that
 * name no one, such as "A person record"), and it records in the trail the people whose names it shows.
 */
public interface AuditRecordNames {

    /** For each of {@code ids} that this module holds a record of, the words that name it for the current user. */
    Map<UUID, String> names(Set<UUID> ids);

    /**
     * Of {@code ids}, those this module holds a record of that the current user may read in full (need-to-know: a
     * person whose record they may read). The page shows what a member of staff typed about records (a break-glass
     * reason, which can name the person) only when every record is among them: a record no module holds any more (an
     * erased person) counts as not readable. Names no one and records nothing.
     */
    default Set<UUID> readable(Set<UUID> ids) {
        return Set.of();
    }
}
