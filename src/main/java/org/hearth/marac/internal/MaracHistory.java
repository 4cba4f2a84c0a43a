package org.hearth.marac.internal;

import java.util.List;
import org.hearth.people.PersonId;
import org.hearth.risk.MaracReferralHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The victim's referrals to MARAC, for risk's repeat criterion. */
@Component
@Transactional(readOnly = true)
class MaracHistory implements MaracReferralHistory {

    private final JdbcMaracReferrals referrals;

    MaracHistory(JdbcMaracReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<PriorReferral> referrals(PersonId victim) {
        return referrals.history(victim);
    }
}
