package org.hearth.marac;

import org.hearth.people.PersonId;

/**
 * Published when a referral to MARAC is made: a referral to MARAC also starts a referral to the IDVA service
 * (SafeLives principle 2): {@code casework} listens for it and places an IDVA case. Carries ids only.
 */
public record MaracReferralMade(MaracReferralId referral, PersonId victim, MaracId marac, boolean repeat) {
}
