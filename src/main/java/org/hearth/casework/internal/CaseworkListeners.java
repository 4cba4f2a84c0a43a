package org.hearth.casework.internal;

import org.hearth.casework.Casework;
import org.hearth.casework.ServiceKind;
import org.hearth.marac.MaracReferralMade;
import org.hearth.referrals.ReferralTriaged;
import org.hearth.referrals.TriageOutcome;
import org.hearth.risk.RiskAssessmentRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Cases from the hub's triage decisions ("Refer to the IDVA service", "Outreach") and from referrals to MARAC
 * (every MARAC case is offered an IDVA); DASH reviews linked to the assessment {@code risk} records. Each is
 * idempotent: a redelivered event ({@code platform.EventRedelivery}) finds the case (or link) it made.
 */
@Component
class CaseworkListeners {

    private final Casework casework;
    private final JdbcCasework store;

    CaseworkListeners(Casework casework, JdbcCasework store) {
        this.casework = casework;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(ReferralTriaged event) {
        if (event.includes(TriageOutcome.REFER_TO_IDVA)) {
            casework.fromTriage(event.referral(), event.victim(), ServiceKind.IDVA);
        }
        if (event.includes(TriageOutcome.OUTREACH)) {
            casework.fromTriage(event.referral(), event.victim(), ServiceKind.OUTREACH);
        }
    }

    @ApplicationModuleListener
    void on(MaracReferralMade event) {
        casework.fromMarac(event.referral(), event.victim(), event.marac());
    }

    @ApplicationModuleListener
    void on(RiskAssessmentRecorded event) {
        store.linkAssessment(event.assessment(), event.person());
    }
}
