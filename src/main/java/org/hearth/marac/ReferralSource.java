package org.hearth.marac;

/** Where a referral to MARAC came from. */
public enum ReferralSource {
    TRIAGE("The hub's triage decision"), PERSON_PAGE("A person's page"), API("Another system (API)"),
    /** Received from another MARAC (a signed transfer file, or a MARAC of this partnership). */
    TRANSFER("Transferred from another MARAC");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
