package org.hearth.referrals;

import org.hearth.people.PersonId;

/** Published when the hub records its triage decision on a referral. Carries ids and the outcome only. */
public record ReferralTriaged(ReferralId referral, PersonId victim, TriageOutcome outcome) {
}
