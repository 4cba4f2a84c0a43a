package org.hearth.referrals;

import org.hearth.partnership.AgencyId;

/**
 * A referral with that police reference already exists; {@link #existingReference()} is its reference, to be
 * named only to those who may read that referral (its referring agency's staff and clients, hub coordinators).
 */
public class DuplicatePoliceReferenceException extends RuntimeException {

    private final ReferralId existing;
    private final String existingReference;
    private final AgencyId referringAgency;

    public DuplicatePoliceReferenceException(ReferralId existing, String existingReference, AgencyId referringAgency) {
        super("A referral with that police reference already exists");
        this.existing = existing;
        this.existingReference = existingReference;
        this.referringAgency = referringAgency;
    }

    /** The agency that made the existing referral. */
    public AgencyId referringAgency() {
        return referringAgency;
    }

    public ReferralId existing() {
        return existing;
    }

    /** The existing referral's reference (e.g. {@code R2026-000123}); not personal data. */
    public String existingReference() {
        return existingReference;
    }
}
