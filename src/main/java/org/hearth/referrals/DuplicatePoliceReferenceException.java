package org.hearth.referrals;

/** A referral with that police reference already exists; {@link #existingReference()} is its reference. */
public class DuplicatePoliceReferenceException extends RuntimeException {

    private final ReferralId existing;
    private final String existingReference;

    public DuplicatePoliceReferenceException(ReferralId existing, String existingReference) {
        super("A referral with that police reference already exists");
        this.existing = existing;
        this.existingReference = existingReference;
    }

    public ReferralId existing() {
        return existing;
    }

    /** The existing referral's reference (e.g. {@code R2026-000123}); not personal data. */
    public String existingReference() {
        return existingReference;
    }
}
