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

    /** Untriaged referrals, highest risk first and then longest waiting; filters may be null. */
    List<QueueEntry> triageQueue(UUID areaId, UUID agencyId);

    /** Records the hub's decision, with its reason and who decided. */
    void triage(ReferralId id, TriageOutcome outcome, String reason);

    /** Referrals naming this person as victim, newest first (ids only: callers fetch what they may see). */
    List<ReferralId> forVictim(PersonId victim);
}
