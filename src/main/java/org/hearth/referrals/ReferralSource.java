package org.hearth.referrals;

/** Which door a referral came through. */
public enum ReferralSource {
    WEB, API, IMPORT
}
