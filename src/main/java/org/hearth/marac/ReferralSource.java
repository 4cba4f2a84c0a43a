package org.hearth.marac;

/** Where a referral to MARAC came from. */
public enum ReferralSource {
    TRIAGE("The hub's triage decision"), PERSON_PAGE("A person's page"), API("Another system (API)");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
