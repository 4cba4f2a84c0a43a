package org.hearth.referrals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.PersonId;

/** The referrals module's API. Acts as the signed-in user (or API client); reads and writes are audited. */
public interface Referrals {

    /** Records a referral and publishes {@link ReferralReceived}. */
    Referral submit(NewReferral referral);

    /**
     * The referral, if the current user may see it: staff of the referring agency, hub coordinators, and
     * agencies involved with the victim. Others get an {@code AccessDeniedException}.
     */
    Optional<Referral> find(ReferralId id);

    /**
     * Untriaged referrals, highest risk first (the victim's latest assessment; not yet assessed last) and then
     * longest waiting, {@code limit} from {@code offset}; filters may be null.
     */
    List<QueueEntry> triageQueue(UUID areaId, UUID agencyId, int offset, int limit);

    /** How many referrals wait for triage under the same filters. */
    long waiting(UUID areaId, UUID agencyId);

    /** Records the hub's decision, with its reason and who decided. */
    void triage(ReferralId id, TriageOutcome outcome, String reason);

    /** Referrals naming this person as victim, newest first (ids only: callers fetch what they may see). */
    List<ReferralId> forVictim(PersonId victim);
}
