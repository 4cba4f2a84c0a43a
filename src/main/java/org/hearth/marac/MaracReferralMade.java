package org.hearth.marac;

import org.hearth.people.PersonId;

/**
 * Published when a referral to MARAC is made: a referral to MARAC also starts a referral to the IDVA service
 * (SafeLives principle 2): a casework module will listen for it (none does yet). Carries ids only.
 */
public record MaracReferralMade(MaracReferralId referral, PersonId victim, MaracId marac, boolean repeat) {
}
