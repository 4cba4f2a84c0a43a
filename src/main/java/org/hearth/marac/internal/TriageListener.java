package org.hearth.marac.internal;

import org.hearth.marac.MaracReferrals;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.referrals.TriageOutcome;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The hub's triage decision "Refer to MARAC" makes a referral to MARAC (once per decision). */
@Component
class TriageListener {

    private final MaracReferrals referrals;

    TriageListener(MaracReferrals referrals) {
        this.referrals = referrals;
    }

    @ApplicationModuleListener
    void on(ReferralTriaged event) {
        if (event.includes(TriageOutcome.REFER_TO_MARAC)) {
            referrals.fromTriage(event.referral());
        }
    }
}
