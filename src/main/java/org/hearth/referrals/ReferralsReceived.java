package org.hearth.referrals;

import java.util.List;

/**
 * Published instead of one {@link ReferralReceived} each when a bulk door records many referrals in one transaction
 * (a chunk of the police import, up to {@code hearth.import.chunk-rows}): one publication, and one delivery to each
 * listener, for the chunk. A listener of {@link ReferralReceived} must hear this too. Carries ids only.
 */
public record ReferralsReceived(List<ReferralReceived> referrals) {

    public ReferralsReceived {
        referrals = List.copyOf(referrals);
    }
}
