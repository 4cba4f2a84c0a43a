package org.hearth.referrals;

import org.hearth.partnership.AgencyId;
import org.hearth.people.PersonId;

/** Published when a referral is recorded, through any door. Carries ids only. */
public record ReferralReceived(ReferralId referral, PersonId victim, AgencyId referringAgency, ReferralSource source) {
}
