package org.hearth.referrals;

/** A referral with that police reference already exists. */
public class DuplicatePoliceReferenceException extends RuntimeException {

    private final ReferralId existing;

    public DuplicatePoliceReferenceException(ReferralId existing) {
        super("A referral with that police reference already exists");
        this.existing = existing;
    }

    public ReferralId existing() {
        return existing;
    }
}
