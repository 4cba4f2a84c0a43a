package org.hearth.referrals;

import java.util.Set;
import org.hearth.people.PersonId;

/**
 * Published when the hub records its triage decisions on a referral (a hub often decides several things at once:
 * refer to MARAC and to the IDVA service). Carries ids and the outcomes only; each module starts its own work from
 * the outcome it owns ({@code marac} from {@link TriageOutcome#REFER_TO_MARAC}).
 */
public record ReferralTriaged(ReferralId referral, PersonId victim, Set<TriageOutcome> outcomes) {

    public ReferralTriaged {
        outcomes = Set.copyOf(outcomes);
    }

    /** Whether the hub decided this outcome (among others, perhaps). */
    public boolean includes(TriageOutcome outcome) {
        return outcomes.contains(outcome);
    }
}
